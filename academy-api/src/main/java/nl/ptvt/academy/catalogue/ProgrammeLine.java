package nl.ptvt.academy.catalogue;

/** PTvT's programme lines: Jet-Net &amp; TechNet (po/vo), Katapult (mbo/hbo) and the platform itself. */
public enum ProgrammeLine {
    JET_NET_TECHNET, KATAPULT, PLATFORM
}

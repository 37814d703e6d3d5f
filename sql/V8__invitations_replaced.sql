-- An address whose account was never activated can be invited again (the first link expired or got lost): the new
-- invitation replaces the older ones of the account, whose links stop working, so only the latest mail counts.
ALTER TABLE account_invitation ADD COLUMN replaced_at DATETIME(6) NULL;

package nl.ptvt.academy.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON as the contract says: absent values are written as {@code null} (e.g. {@code "organisation": null}). */
@Provider
public class JsonSettings implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** Reads a body that a resource takes as text (because it may also be empty) as the API reads any body. */
    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }
}

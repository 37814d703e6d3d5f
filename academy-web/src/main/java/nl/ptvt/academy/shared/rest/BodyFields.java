package nl.ptvt.academy.shared.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Set;

/**
 * Finds which field of a request body an unknown enum code was sent for. Yasson reports an unknown code in a
 * record only as "No enum constant {type}.{value}", without the property; the record the resource method reads
 * says which of its fields has that type.
 */
final class BodyFields {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);
    private static final int MAX_DEPTH = 4;

    private BodyFields() {
    }

    /** The JSON path ("format", "questions.kind") of the first body field of the enum type named in the message. */
    static String ofUnknownEnumConstant(Method resourceMethod, String message) {
        if (resourceMethod == null || message == null || !message.startsWith("No enum constant ")) {
            return null;
        }
        for (Parameter parameter : resourceMethod.getParameters()) {
            if (isBody(parameter)) {
                return find(parameter.getParameterizedType(), "", message, 0);
            }
        }
        return null;
    }

    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (NOT_THE_BODY.contains(annotation.annotationType())) {
                return false;
            }
        }
        return true;
    }

    private static String find(Type type, String path, String message, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && generic.getActualTypeArguments().length == 1) {
            return find(generic.getActualTypeArguments()[0], path, message, depth + 1);
        }
        if (!(type instanceof Class<?> cls)) {
            return null;
        }
        if (cls.isEnum()) {
            return !path.isEmpty() && message.startsWith("No enum constant " + cls.getCanonicalName() + ".") ? path : null;
        }
        if (!cls.isRecord()) {
            return null;
        }
        for (RecordComponent component : cls.getRecordComponents()) {
            String found = find(component.getGenericType(), path.isEmpty() ? component.getName() : path + "." + component.getName(),
                    message, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}

package org.privacyrights.web.config;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Method calls in page expressions on the platform's own objects ({@code #{r.id()}} on a DTO record,
 * {@code #{requestBacking.may('PAUSED')}} on a bean), with the method looked up once per class. The standard bean
 * resolver looks it up on every evaluation by copying all public methods of the class; a table of 25 rows made that
 * a large part of a staff page. Arguments are coerced as the standard resolver does. Methods overloaded with the
 * same number of parameters, variable arguments and every other class are left to the standard resolvers.
 */
public class PlatformMethodELResolver extends ELResolver {

    private static final String OWN_PACKAGE = "org.privacyrights.";

    /** Per class: the public methods by name and parameter count, only those that are unambiguous. */
    private static final ClassValue<Map<String, Method>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> unique = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            for (Method method : type.getMethods()) {
                if (method.isVarArgs()
                        || Modifier.isStatic(method.getModifiers())
                        || method.getDeclaringClass() == Object.class) {
                    continue;
                }
                String key = key(method.getName(), method.getParameterCount());
                if (unique.putIfAbsent(key, method) != null && !sameSignature(unique.get(key), method)) {
                    ambiguous.add(key);
                }
            }
            ambiguous.forEach(unique::remove);
            return Map.copyOf(unique);
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || !base.getClass().getName().startsWith(OWN_PACKAGE)) {
            return null;
        }
        Object[] given = params == null ? new Object[0] : params;
        Method found = METHODS.get(base.getClass()).get(key(method.toString(), given.length));
        if (found == null) {
            return null;
        }
        Class<?>[] types = found.getParameterTypes();
        Object[] arguments = new Object[given.length];
        for (int i = 0; i < given.length; i++) {
            arguments[i] = types[i].isInstance(given[i]) ? given[i] : context.convertToType(given[i], types[i]);
        }
        try {
            Object result = found.invoke(base, arguments);
            context.setPropertyResolved(base, method);
            return result;
        } catch (IllegalAccessException e) {
            // A public method of a class that is not public: leave it to the standard resolver.
            return null;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Properties are the standard resolvers' work.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    private static String key(String name, int parameterCount) {
        return name + "/" + parameterCount;
    }

    /** The same method seen twice (an override, a bridge): not an overload. */
    private static boolean sameSignature(Method one, Method other) {
        return java.util.Arrays.equals(one.getParameterTypes(), other.getParameterTypes());
    }
}

package org.privacyrights.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class PlatformMethodELResolverTest {

    public record Row(String id) {}

    public static class Bean {
        public boolean may(String status) {
            return "PAUSED".equals(status);
        }

        public String label(String key) {
            return key;
        }

        public String label(Integer number) {
            return String.valueOf(number);
        }

        public String fails() {
            throw new IllegalStateException("refused");
        }
    }

    private final PlatformMethodELResolver resolver = new PlatformMethodELResolver();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    @Test
    void aRecordAccessorAndABeanMethodWithArgumentsAreCalled() {
        assertThat(resolver.invoke(context, new Row("r-1"), "id", null, null)).isEqualTo("r-1");
        assertThat(context.isPropertyResolved()).isTrue();

        context.setPropertyResolved(false);
        assertThat(resolver.invoke(context, new Bean(), "may", null, new Object[] {"PAUSED"}))
                .isEqualTo(true);
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void overloadsUnknownMethodsAndOtherClassesAreLeftToTheStandardResolvers() {
        assertThat(resolver.invoke(context, new Bean(), "label", null, new Object[] {"x"}))
                .isNull();
        assertThat(resolver.invoke(context, new Bean(), "absent", null, null)).isNull();
        assertThat(resolver.invoke(context, "text", "length", null, null)).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void whatTheMethodThrowsReachesThePageAsAnELException() {
        assertThatThrownBy(() -> resolver.invoke(context, new Bean(), "fails", null, null))
                .isInstanceOf(ELException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
    }
}

package org.chenggeng.audit;

import org.chenggeng.support.ChenggengTest;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No service can change or remove an audit entry: the repository saves and finds only, no bean of the audit
 * module offers an update or delete, and an entry has no setter and cannot be moved in the chain once placed.
 * (Archiving removes archived entries by SQL inside {@link AuditArchiver#archive()}, for the audit administrator.)
 */
@ChenggengTest
class AuditImmutabilityTest {

    private static final List<String> CHANGING = List.of("delete", "update", "remove", "modify", "edit", "alter",
            "truncate", "purge", "clear", "set");

    @Autowired
    ApplicationContext context;

    private static boolean changes(Method m) {
        String name = m.getName().toLowerCase();
        return CHANGING.stream().anyMatch(name::startsWith);
    }

    @Test
    void theRepositoryOnlySavesAndFinds() {
        Set<String> methods = new TreeSet<>();
        for (Class<?> type : context.getBean(AuditRepository.class).getClass().getInterfaces()) {
            if (type.getName().startsWith("org.chenggeng") || type.getName().startsWith("org.springframework.data")) {
                Arrays.stream(type.getMethods()).map(Method::getName).forEach(methods::add);
            }
        }
        assertThat(methods).containsExactlyInAnyOrder("save", "findAll", "count");
    }

    @Test
    void noBeanOfTheAuditModuleOffersToUpdateOrDeleteAnything() {
        Set<String> offered = new TreeSet<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = AopUtils.getTargetClass(context.getBean(name));
            if (!type.getName().startsWith("org.chenggeng.audit")) {
                continue;
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                Arrays.stream(c.getDeclaredMethods()).filter(m -> !m.isSynthetic()).filter(AuditImmutabilityTest::changes)
                        .forEach(m -> offered.add(type.getSimpleName() + "." + m.getName()));
            }
            for (Class<?> i : type.getInterfaces()) {
                if (i.getName().startsWith("org.chenggeng.audit")) {
                    Arrays.stream(i.getMethods()).filter(AuditImmutabilityTest::changes)
                            .forEach(m -> offered.add(i.getSimpleName() + "." + m.getName()));
                }
            }
        }
        assertThat(offered).isEmpty();
        assertThat(context.getBeansOfType(AuditService.class)).hasSize(1);
    }

    @Test
    void anEntryHasNoSetterAndKeepsItsPlaceInTheChain() {
        assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods()).filter(m -> m.getName().startsWith("set")))
                .isEmpty();

        AuditEntry entry = new AuditEntry(Instant.parse("2026-01-02T03:04:05.123456789Z"), "auditor", "READ",
                "REGISTER_VIEW", AuditResult.SUCCESS, "COMPOUND", "1", null, null, "192.0.2.1", "3")
                .chain(7, AuditHash.GENESIS);
        assertThat(entry.getOccurredAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(entry.getHash()).hasSize(64).isEqualTo(AuditHash.of(entry.fields()));
        assertThatThrownBy(() -> entry.chain(8, entry.getHash())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> entry.in(3L)).isInstanceOf(IllegalStateException.class);
    }
}

package org.chenggeng.shared.db;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts {@link ConflictRetry} around every {@code @Transactional} method of the application's own beans (the
 * annotation on the method or its class), outside the transaction advice: each attempt is a transaction of its own.
 * Every write is covered, through the JSON API and the screens alike, without a second annotation to forget; a
 * read-only transaction rarely loses a conflict, and if it does running it again is harmless. Method security runs
 * outside it (checked once per call). Spring's own {@code @Retryable} (Framework 7) could be ordered the same way,
 * but only on the methods marked with it, and it would retry inside a running transaction as well.
 * <p>
 * {@code chenggeng.db.conflict-attempts} (4: the first and three retries) and {@code chenggeng.db.conflict-pause}
 * (the largest pause before the first retry, 50 ms; up to twice that before the second, and so on).
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class ConflictRetryConfiguration {

    /** Just before the transaction advice ({@code @EnableTransactionManagement}'s default order, the lowest). */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 1;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static ConflictRetry conflictRetry(@Value("${chenggeng.db.conflict-attempts:4}") int attempts,
                                       @Value("${chenggeng.db.conflict-pause:50ms}") java.time.Duration pause) {
        return new ConflictRetry(attempts, pause.toMillis());
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor conflictRetryAdvisor(ConflictRetry conflictRetry) {
        ClassFilter ours = type -> type.getName().startsWith("org.chenggeng.");
        ComposablePointcut pointcut = new ComposablePointcut(
                new AnnotationMatchingPointcut(Transactional.class, true))
                .union(new AnnotationMatchingPointcut(null, Transactional.class, true))
                .intersection(ours);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, conflictRetry);
        advisor.setOrder(ORDER);
        return advisor;
    }
}

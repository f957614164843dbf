package org.chenggeng;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route and layout states who may open it; a view without an annotation would be denied silently. */
class ViewAccessAnnotationsTest {

    private static final List<Class<? extends Annotation>> ACCESS = List.of(AnonymousAllowed.class, PermitAll.class,
            RolesAllowed.class, DenyAll.class);

    @Test
    void everyRouteAndLayoutCarriesAnAccessAnnotation() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        Set<String> names = scanner.findCandidateComponents("org.chenggeng").stream()
                .map(b -> b.getBeanClassName()).collect(java.util.stream.Collectors.toSet());

        assertThat(names).hasSizeGreaterThanOrEqualTo(9);
        for (String name : names) {
            Class<?> view = Class.forName(name);
            assertThat(Stream.of(view.getAnnotations()).map(Annotation::annotationType).filter(ACCESS::contains))
                    .as(name).hasSize(1);
        }
    }

    @Test
    void onlyTheLoginPageIsOpenToAnonymousVisitors() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> anonymous = scanner.findCandidateComponents("org.chenggeng").stream()
                .map(b -> b.getBeanClassName())
                .filter(n -> {
                    try {
                        return Class.forName(n).isAnnotationPresent(AnonymousAllowed.class);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertThat(anonymous).containsExactly("org.chenggeng.security.ui.LoginView");
    }
}

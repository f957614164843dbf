package org.chenggeng;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix: every operation a role can reach (each public method of a service or component, each view)
 * with the roles its annotations let in, read off the code and compared with {@code access-matrix.txt}, so that no
 * operation opens to another role unnoticed; and the rules of 三权分立 (decision 0026) checked on every row: the
 * system, security and audit administrators share no operation that only administrators may use, the security
 * administrator reaches nothing outside account administration, the audit administrator nothing outside the audit log,
 * and the system administrator neither. Operations open to every signed-in user ({@code authenticated}) decide in
 * code by the user's scope, which is empty for the security and audit administrators; ProjectScopeMatrixTest calls
 * them as each role. When the matrix changes on purpose, the failure prints the new one to copy into the file.
 */
class AccessMatrixTest {

    private static final Path MATRIX = Path.of("src/test/resources/access-matrix.txt");
    private static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN,
            Role.AUDIT_ADMIN);

    @Test
    void everyOperationIsOpenToTheRolesTheMatrixRecords() throws IOException {
        String actual = render(operations());
        String expected = Files.readString(MATRIX, StandardCharsets.UTF_8);
        assertThat(actual).as("the access matrix read off the code (copy it into %s if the change is meant)", MATRIX)
                .isEqualTo(expected);
    }

    @Test
    void theThreeAdministratorsShareNoOperationAndKeepToTheirOwnDuties() {
        Map<String, String> operations = operations();
        assertThat(operations).hasSizeGreaterThan(200);
        List<String> broken = new ArrayList<>();
        operations.forEach((operation, rule) -> {
            Set<Role> roles = roles(rule);
            Set<Role> admins = EnumSet.noneOf(Role.class);
            roles.stream().filter(ADMINISTRATORS::contains).forEach(admins::add);
            if (admins.size() > 1) {
                broken.add(operation + " is open to " + admins);
            }
            String target = operation.startsWith("view ") ? operation.substring("view ".length()) : operation;
            boolean accounts = target.startsWith("security.");
            boolean auditLog = target.startsWith("audit.");
            if (roles.contains(Role.SECURITY_ADMIN) && !accounts) {
                broken.add(operation + ": the security administrator outside account administration");
            }
            if (roles.contains(Role.AUDIT_ADMIN) && !auditLog) {
                broken.add(operation + ": the audit administrator outside the audit log");
            }
            if (roles.contains(Role.SYSTEM_ADMIN) && (auditLog || target.startsWith("security.UserAdmin")
                    || target.startsWith("security.ui.UserAdmin") || target.startsWith("security.ui.UserDialog"))) {
                broken.add(operation + ": the system administrator in accounts or the audit log");
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void accountAdministrationIsTheSecurityAdministratorsAndTheAuditLogTheAuditAdministrators() {
        Map<String, String> operations = operations();
        assertThat(operations.entrySet()).filteredOn(e -> e.getKey().startsWith("security.UserAdminService#"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getValue()).isEqualTo("SECURITY_ADMIN"));
        assertThat(operations.entrySet()).filteredOn(e -> e.getKey().startsWith("audit.AuditService#"))
                .isNotEmpty().allSatisfy(e -> assertThat(roles(e.getValue())).contains(Role.AUDIT_ADMIN)
                        .doesNotContain(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN));
        assertThat(operations.get("view security.ui.UserAdminView")).isEqualTo("SECURITY_ADMIN");
        assertThat(roles(operations.get("view audit.ui.AuditLogView"))).contains(Role.AUDIT_ADMIN)
                .doesNotContain(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN);
    }

    private static Set<Role> roles(String rule) {
        if (!rule.matches("[A-Z_, ]+") || rule.equals("authenticated") || rule.equals("denied")) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(rule.split(", ")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** Operation ("module.Class#method(params)" or "view module.ui.Class") to its rule, sorted. */
    static Map<String, String> operations() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, String> result = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("org.chenggeng")) {
            Class<?> type = load(candidate.getBeanClassName());
            if (isTestCode(type)) {
                continue;
            }
            String name = type.getName().substring("org.chenggeng.".length());
            if (type.isAnnotationPresent(Route.class)) {
                result.put("view " + name, rule(type.getAnnotations(), "unannotated"));
                continue;
            }
            String classRule = rule(type.getAnnotations(), null);
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge()
                        || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                String rule = rule(method.getAnnotations(), classRule);
                if (rule == null) {
                    continue;
                }
                String params = Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(","));
                result.put(name + "#" + method.getName() + "(" + params + ")", rule);
            }
        }
        return result;
    }

    private static String rule(java.lang.annotation.Annotation[] annotations, String otherwise) {
        for (var annotation : annotations) {
            if (annotation instanceof RolesAllowed roles) {
                return Arrays.stream(roles.value()).sorted().collect(Collectors.joining(", "));
            }
            if (annotation instanceof PermitAll) {
                return "authenticated";
            }
            if (annotation instanceof DenyAll) {
                return "denied";
            }
            if (annotation instanceof AnonymousAllowed) {
                return "anonymous";
            }
            if (annotation instanceof PreAuthorize pre) {
                return pre.value().equals("isAuthenticated()") ? "authenticated" : pre.value();
            }
        }
        return otherwise;
    }

    private static String render(Map<String, String> operations) {
        return operations.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static boolean isTestCode(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("test-classes");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the matrix read off the code, for a deliberate change: {@code -Daccess.matrix.write=true}. */
    @Test
    void writesTheMatrixWhenAskedTo() throws IOException {
        if (Boolean.getBoolean("access.matrix.write")) {
            Files.writeString(MATRIX, render(operations()), StandardCharsets.UTF_8);
        }
        assertThat(MATRIX).exists();
    }
}

package org.chenggeng.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.DispatcherType;
import org.chenggeng.security.ui.LoginView;
import org.chenggeng.shared.api.ApiErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import java.lang.annotation.Annotation;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The one security configuration: Vaadin's configurer for the UI with our login view, method security for
 * services ({@code @RolesAllowed} plus scope checks in code), and separate stateless chains for the management
 * endpoints, where only health is public, for the JSON API under {@code /api}, where a personal access token
 * stands for its user, and for the API's OpenAPI document, which holds no data and is public. Each chain sends the
 * response headers of {@link SecurityHeaders} for what it serves.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({LoginProperties.class, PasswordProperties.class, SessionProperties.class,
        MfaProperties.class})
class SecurityConfig {

    /**
     * The residents' public portal under {@code /p} (decision 0024): open to anyone, and stateless, so that no visit
     * creates an HTTP session or reads one (no Set-Cookie JSESSIONID, nothing remembered per visitor). Its forms carry
     * signed tokens of their own instead of a session's CSRF token; its pages set their own Cache-Control.
     */
    @Bean
    @Order(0)
    SecurityFilterChain portalChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/p/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(
                        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                // the audit log names what a resident's visit changed as done by "portal"
                .anonymous(a -> a.principal("portal"))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(SecurityHeaders.portal())
                .headers(h -> h.cacheControl(c -> c.disable()))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain managementChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Roles.SYSTEM_ADMIN))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.data())
                .build();
    }

    /**
     * Machine clients: no session, no CSRF (there is no cookie to forge a request with), no login page. The
     * token's user is authenticated with the role it has now; services then apply the same role and scope rules
     * as for the UI, because {@link CurrentUser} reads the authenticated name. A user who must change their
     * password is refused until they have. Refusals are JSON.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, AccessTokenAuthenticator tokens, ApiErrors errors,
                                 ObjectProvider<SecurityContextHolderStrategy> securityContext) throws Exception {
        SecurityContextHolderStrategy context = securityContext.getIfAvailable(
                SecurityContextHolder::getContextHolderStrategy);
        ApiAuthenticationErrors refusals = new ApiAuthenticationErrors(errors, context);
        AccessTokenFilter bearer = new AccessTokenFilter(tokens, context, refusals);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().access(PasswordChangeGate.passwordChanged()))
                .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .headers(SecurityHeaders.data())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.apiDocs())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain vaadinChain(HttpSecurity http, SessionLimits limits, TrackedSessionRegistry sessions)
            throws Exception {
        // Error dispatches (a 401 from the management chain, a 404) render Boot's error answer instead of
        // being redirected to the login page.
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // Evidence files and zips are served by a controller to the signed-in session; the evidence service decides
        // per file from the record it belongs to (decision 0018). Vaadin's own rules refuse every path but its views.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/files/**", "/evidence/**").authenticated());
        // At most chenggeng.security.sessions.max-per-user sessions per user, by role (decision 0028). Past it, a new
        // sign-in wins: Spring marks the user's least recently used session expired, and the registry ends it at once
        // and tells its screens; ConcurrentSessionFilter refuses it should it still send a request.
        http.sessionManagement(s -> s.sessionConcurrency(c -> c.maximumSessions(limits).sessionRegistry(sessions)
                .expiredUrl("/login")));
        http.headers(SecurityHeaders.app());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /** Tells the session registry of sessions that end (timeout, logout), so that they no longer count. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(DatabaseUserDetailsService userDetails, PasswordEncoder encoder,
                                                  LoginThrottle throttle) {
        return loginProvider(userDetails, encoder, throttle);
    }

    /** Password login as the application wires it; tests build one around an encoder that counts hash checks. */
    static AuthenticationProvider loginProvider(DatabaseUserDetailsService userDetails, PasswordEncoder encoder,
                                                LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
        dao.setPasswordEncoder(encoder);
        dao.setPreAuthenticationChecks(user -> { });
        dao.setPostAuthenticationChecks(ThrottlingAuthenticationProvider::checkAccountStatus);
        return new ThrottlingAuthenticationProvider(dao, throttle, encoder);
    }

    /**
     * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on services, as Spring Security's JSR-250
     * support applies them, but not on Vaadin components: a view's {@code @RolesAllowed} is for Vaadin's navigation
     * access control, which reads the annotation itself. Applied to views too, every view instance was a CGLIB proxy
     * whose advisors Spring matched method by method at each navigation, a fifth of the server's CPU under load
     * (decision 0034).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250OnServices(ObjectProvider<AuthorizationEventPublisher> publisher) {
        ComposablePointcut annotated = classOrMethod(RolesAllowed.class).union(classOrMethod(PermitAll.class))
                .union(classOrMethod(DenyAll.class));
        ClassFilter notComponent = type -> !Component.class.isAssignableFrom(type);
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                annotated.intersection(notComponent), new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        interceptor.setAuthorizationEventPublisher(new AuthorizationEventPublisher() {
            @Override
            public <T> void publishAuthorizationEvent(java.util.function.Supplier<org.springframework.security.core.Authentication> authentication,
                                                      T object, org.springframework.security.authorization.AuthorizationResult result) {
                publisher.getObject().publishAuthorizationEvent(authentication, object, result);
            }
        });
        return interceptor;
    }

    private static ComposablePointcut classOrMethod(Class<? extends Annotation> annotation) {
        return new ComposablePointcut(new AnnotationMatchingPointcut(annotation, true))
                .union(new AnnotationMatchingPointcut(null, annotation, true));
    }

    /** Publishes method-security denials so that the audit log records them. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}

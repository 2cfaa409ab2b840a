package org.sala.account.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.sala.account.ui.LoginView;
import org.sala.base.ui.ContentSecurityPolicy;
import org.sala.base.web.SecurityHeaders;
import org.sala.base.site.DiscoveryPaths;
import org.sala.base.web.DirectConnections;
import org.sala.newsletter.web.OneClickUnsubscribeController;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String ARGON2 = "argon2";
    /** The roles that see health details and metrics (authors do not). */
    static final String[] OPERATIONS_ROLES = {"ADMIN", "MODERATOR"};

    /**
     * The actuator's endpoints ({@code /actuator/**}) have a chain of their own, before the Vaadin
     * one: answers without a session, a cookie or a sign-in redirect. Health (and its liveness and
     * readiness groups) is open to everyone, its details only to signed-in admins and moderators
     * ({@code management.endpoint.health.show-details=when-authorized}). Prometheus metrics are for
     * a scraper on this machine (a direct connection from a loopback address without forwarding
     * headers, see {@link DirectConnections}) or signed-in admins and moderators; everyone else
     * gets 401 (403 when signed in without such a role). A staff session made on the sign-in page
     * is used here too; none is ever made here.
     */
    @Bean
    @Order(1)
    SecurityFilterChain operationsFilterChain(HttpSecurity http) throws Exception {
        AuthorizationManager<RequestAuthorizationContext> staff = AuthorityAuthorizationManager.hasAnyRole(OPERATIONS_ROLES);
        AuthorizationManager<RequestAuthorizationContext> localScraper =
                (authentication, context) -> new AuthorizationDecision(DirectConnections.isLocal(context.getRequest()));
        securityHeaders(http);
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus"))
                        .access(AuthorizationManagers.anyOf(localScraper, staff))
                        .anyRequest().access(staff))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    /**
     * Every Vaadin view is guarded by its own access annotation (navigation access control), on
     * the server, for page loads and in-app navigation alike. Other URLs are let through to Vaadin
     * so that an unknown address gets the "not found" page rather than a sign-in redirect. Feeds,
     * the sitemap and robots.txt are for everyone, whatever that catch-all rule becomes.
     * Security headers go on every response; Vaadin pages carry their own script policy (see
     * {@link ContentSecurityPolicy}), the rest a policy that allows no script.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle loginThrottle, KnownBrowsers knownBrowsers,
            RequestUtil vaadinRequests) throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(loginThrottle, knownBrowsers), UsernamePasswordAuthenticationFilter.class);
        // The login page is named here too: a form login without one at this point would make Spring
        // Security generate its own page before Vaadin's configurer below names LoginView.
        http.formLogin(form -> form.loginPage("/login").failureHandler(signInFailures()));
        securityHeaders(http);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, DiscoveryPaths.ALL).permitAll()
                .requestMatchers(HttpMethod.GET, "/media/**").permitAll()
                .requestMatchers(HttpMethod.POST, OneClickUnsubscribeController.PATH).permitAll());
        // Vaadin's own requests carry Vaadin's CSRF token (its security key), not Spring Security's.
        // Mail programs POST to the unsubscribe address without a session (RFC 8058); the signed
        // token is the proof. Nothing else is let through without the token: in particular not the
        // sign-in form, which Vaadin's configurer would let through (login CSRF, a visitor signed
        // in to somebody else's account); the login form sends the token of the page's meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers(OneClickUnsubscribeController.PATH));
        // A sign-in page left open past its session (or across a restart) sends a token that no
        // longer counts: back to the sign-in page with a word on why, rather than a bare 403.
        http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + "/login?expired"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .enableCsrfConfiguration(false)
                        .loginView(LoginView.class)
                        .defaultSuccessUrl("/staff")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll))
                .build();
    }

    private static void securityHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.OTHER_RESPONSES))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.get(SecurityHeaders.REFERRER_POLICY)))
                .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.from(SecurityHeaders.OPENER_POLICY))));
    }

    @Bean
    AuthenticationProvider accountAuthentication(SignInAccounts users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(users::loadUserByUsername);
        accounts.setPasswordEncoder(passwordEncoder);
        return new AccountAuthenticationProvider(accounts);
    }

    /** Back to the sign-in page, saying whether the password was wrong or could not be checked. */
    private static AuthenticationFailureHandler signInFailures() {
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(SignInUnavailableException.class.getName(), "/login?unavailable"));
        return failures;
    }

    /** Argon2id for new hashes; the prefix lets stored hashes of other kinds still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}

package org.sala.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sala.account.Role;
import org.sala.base.ui.ServerVaadinClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A view driven in the test JVM without a browser (Vaadin browserless testing): made by the
 * shared application context of {@link IntegrationTest}, on its embedded MariaDB, in a mock
 * Vaadin session and UI that the base class sets up before each test and tears down after it
 * (the session's end detaches the views, as a closed tab does). Navigation goes through the
 * application's own access control.
 */
@IntegrationTest
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    @Autowired
    protected TestData data;

    @Autowired
    private AuthenticationProvider signIn;

    @Autowired
    private ApplicationContext context;

    /** Only the application's views (and its error views) are routes. */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("org.sala");
    }

    /** Runs after the base class has set up the mock Vaadin environment (superclass methods first). */
    @BeforeEach
    void keepTheServersVaadinClient() {
        ServerVaadinClient.relearn(context);
    }

    /**
     * Signs in as the staff account (made by {@link TestData#staff}) with its password, through the
     * application's own sign-in check, so the roles are the account's. Vaadin's mock request reads
     * the signed-in person from the security context whenever it is asked, so this holds for every
     * navigation that follows.
     */
    protected void signIn(String username) {
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(authenticate(username));
        SecurityContextHolder.setContext(security);
    }

    /** A staff account with the role, signed in. */
    protected void signedInAs(String username, Role role) {
        data.staff(username, role);
        signIn(username);
    }

    /** The account's sign-in with its password {@value TestData#STAFF_PASSWORD}. */
    protected Authentication authenticate(String username) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, TestData.STAFF_PASSWORD));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}

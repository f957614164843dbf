package org.chenggeng.support;

import org.chenggeng.security.AccessTokenService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Personal access tokens of demo users for API tests, and a MockMvc that goes through the application's real
 * security filter chains. Tests revoke what they issued ({@link #revokeAll()}), because every test shares one
 * database and a user may hold only a few active tokens.
 */
@Component
public class ApiTokens {

    private final AccessTokenService tokens;
    private final TestUsers as;
    private final List<Issued> issued = new ArrayList<>();

    ApiTokens(AccessTokenService tokens, TestUsers as) {
        this.tokens = tokens;
        this.as = as;
    }

    private record Issued(String username, Long id) {
    }

    public static MockMvcTester mvc(WebApplicationContext context) {
        return MockMvcTester.from(context, builder -> builder.apply(SecurityMockMvcConfigurers.springSecurity())
                .build());
    }

    /** A new token of the user; its secret, as a client would send it. */
    public String issue(String username) throws Exception {
        AccessTokenService.NewToken token = as.as(username, () -> tokens.create("test " + username));
        issued.add(new Issued(username, token.id()));
        return token.secret();
    }

    /** The token's id, for tests that revoke it themselves. */
    public Long lastIssuedId() {
        return issued.getLast().id();
    }

    public void revokeAll() throws Exception {
        for (Issued token : issued) {
            as.run(token.username(), () -> tokens.revoke(token.id()));
        }
        issued.clear();
    }
}

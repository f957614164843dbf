package org.chenggeng.security;

import org.chenggeng.audit.AuditService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tokens are shown once, stored only as a hash, limited per user, revoked only by their owner or an admin. */
@ChenggengTest
class AccessTokenServiceTest {

    @Autowired
    AccessTokenService tokens;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;

    @AfterEach
    void revokeWhatTheTestCreated() throws Exception {
        for (String user : List.of("pm", "committee", "official")) {
            as.run(user, () -> tokens.mine().forEach(t -> tokens.revoke(t.id())));
        }
    }

    @Test
    void aNewTokensSecretIsReturnedOnceAndOnlyItsHashIsStored() throws Exception {
        AccessTokenService.NewToken created = as.as("pm", () -> tokens.create("  区数据平台  "));

        assertThat(created.secret()).startsWith("cg_").hasSize(43).matches("cg_[A-Za-z0-9_-]{40}");
        assertThat(created.name()).isEqualTo("区数据平台");
        assertThat(created.prefix()).isEqualTo(created.secret().substring(0, 8));
        assertThat(created.toString()).doesNotContain(created.secret());
        Map<String, Object> row = jdbc.queryForMap("select * from access_token where id = ?", created.id());
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(created.secret().substring(8)));
        assertThat(row.get("token_hash")).isEqualTo(sha256(created.secret()));
        assertThat(as.as("pm", () -> tokens.mine())).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(created.id());
            assertThat(t.prefix()).isEqualTo(created.prefix());
            assertThat(t.lastUsedAt()).isNull();
        });
    }

    @Test
    void twoTokensNeverShareASecret() throws Exception {
        String first = as.as("pm", () -> tokens.create("一号")).secret();
        String second = as.as("pm", () -> tokens.create("二号")).secret();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aTokenNeedsANameAndAUserAtMostTenActiveTokens() throws Exception {
        assertThatThrownBy(() -> as.run("committee", () -> tokens.create("   ")))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("token.error.nameRequired");
        assertThatThrownBy(() -> as.run("committee", () -> tokens.create("x".repeat(101))))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.tooLong");
        for (int i = 0; i < AccessTokenService.MAX_ACTIVE; i++) {
            int n = i;
            as.run("committee", () -> tokens.create("令牌 " + n));
        }
        assertThatThrownBy(() -> as.run("committee", () -> tokens.create("第十一个")))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("token.error.tooMany");

        Long oldest = as.as("committee", () -> tokens.mine().getLast().id());
        as.run("committee", () -> tokens.revoke(oldest));
        assertThat(as.as("committee", () -> tokens.create("腾出位置后"))).isNotNull();
    }

    @Test
    void onlyTheOwnerOrAnAdministratorMayRevokeAToken() throws Exception {
        Long id = as.as("pm", () -> tokens.create("pm 的令牌")).id();

        assertThatThrownBy(() -> as.run("official", () -> tokens.revoke(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(as.as("pm", () -> tokens.mine())).extracting(AccessTokenService.TokenRow::id).contains(id);

        as.run("security", () -> tokens.revoke(id));
        assertThat(as.as("pm", () -> tokens.mine())).extracting(AccessTokenService.TokenRow::id).doesNotContain(id);
        as.run("pm", () -> tokens.revoke(id));
        assertThat(as.as("pm", () -> tokens.mine())).isEmpty();
    }

    @Test
    void creationAndRevocationAreAuditedWithoutTheSecret() throws Exception {
        AccessTokenService.NewToken created = as.as("official", () -> tokens.create("审计测试"));
        as.run("official", () -> tokens.revoke(created.id()));

        List<AuditService.AuditRow> rows = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("official",
                "ACCESS_TOKEN", null, null, null), PageRequest.of(0, 50))).stream()
                .filter(r -> String.valueOf(created.id()).equals(r.entityId())).toList();
        assertThat(rows).extracting(AuditService.AuditRow::action).containsExactlyInAnyOrder("CREATE", "REVOKE");
        assertThat(rows).allSatisfy(r -> assertThat(r.before() + " " + r.after())
                .contains("审计测试").doesNotContain(created.secret()).doesNotContain(sha256(created.secret())));
    }

    private static String sha256(String s) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}

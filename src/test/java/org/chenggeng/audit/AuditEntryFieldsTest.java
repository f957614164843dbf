package org.chenggeng.audit;

import org.chenggeng.region.RegionService;
import org.chenggeng.shared.PersonalDataRead;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every entry says who, when, from which address, what, its object and its result: a change, a refusal and a read
 * of personal data made during a request carry the request's client address; work outside a request carries none.
 */
@ChenggengTest
class AuditEntryFieldsTest {

    private static final String CLIENT = "198.51.100.23";

    @Autowired
    AuditService audit;
    @Autowired
    RegionService regions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers as;

    @org.junit.jupiter.api.BeforeEach
    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
        // a browserless view test in the same JVM may leave its mock Vaadin request behind
        com.vaadin.flow.internal.CurrentInstance.clearAll();
    }

    private static void requestFrom(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private List<AuditService.AuditRow> newest(String actor, String category) throws Exception {
        return as.as(AuditUsers.auditor(jdbc), () -> audit.search(
                new AuditService.AuditFilter(actor, null, category, null, null), PageRequest.of(0, 5)));
    }

    @Test
    void aChangeMadeInARequestRecordsTheClientAddressAndSucceeds() throws Exception {
        requestFrom(CLIENT);
        Long street = as.as("admin", () -> regions.all()).stream().filter(r -> r.name().equals("月牙河街"))
                .findFirst().orElseThrow().id();
        as.run("admin", () -> regions.create(street, "审计地址测试社区" + System.nanoTime(), null));

        var change = newest("admin", "CHANGE").getFirst();
        assertThat(change.actor()).isEqualTo("admin");
        assertThat(change.remoteAddress()).isEqualTo(CLIENT);
        assertThat(change.result()).isEqualTo(AuditResult.SUCCESS);
        assertThat(change.entityType()).isEqualTo("REGION");
        assertThat(change.at()).isNotNull();
        assertThat(change.seq()).isPositive();
    }

    @Test
    void aRefusalIsRecordedAsRefusedWithTheClientAddress() throws Exception {
        requestFrom(CLIENT);
        assertThatThrownBy(() -> as.run("pm", () -> audit.count(new AuditService.AuditFilter(null, null, null, null,
                null)))).isInstanceOf(AccessDeniedException.class);

        var refusal = newest("pm", "SECURITY").getFirst();
        assertThat(refusal.action()).isEqualTo("ACCESS_DENIED");
        assertThat(refusal.result()).isEqualTo(AuditResult.REFUSED);
        assertThat(refusal.remoteAddress()).isEqualTo(CLIENT);
    }

    @Test
    void aReadOfPersonalDataIsRecordedEvenFromAReadOnlyTransactionThatRollsBack() throws Exception {
        requestFrom(CLIENT);
        as.run("committee", () -> transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            events.publishEvent(new PersonalDataRead("REGISTER_VIEW", "COMPOUND", 424242L, 17));
        }));

        var read = newest("committee", "READ").getFirst();
        assertThat(read.action()).isEqualTo("REGISTER_VIEW");
        assertThat(read.entityType()).isEqualTo("COMPOUND");
        assertThat(read.entityId()).isEqualTo("424242");
        assertThat(read.detail()).isEqualTo("17");
        assertThat(read.result()).isEqualTo(AuditResult.SUCCESS);
        assertThat(read.remoteAddress()).isEqualTo(CLIENT);
    }

    @Test
    void workOutsideARequestIsTheSystemsAndHasNoAddress() throws Exception {
        transaction.executeWithoutResult(status ->
                events.publishEvent(new PersonalDataRead("HOUSEHOLD_SCAN", "ATTACHMENT", 77L, 1)));

        var read = newest("system", "READ").getFirst();
        assertThat(read.actor()).isEqualTo("system");
        assertThat(read.remoteAddress()).isNull();
    }
}

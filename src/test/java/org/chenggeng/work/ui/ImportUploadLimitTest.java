package org.chenggeng.work.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.SpringServlet;
import org.chenggeng.support.BackgroundUiTest;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.work.ImportFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 20 MB limit holds on the server, not only in the browser: a larger upload posted straight to the upload's
 * URL is refused, whether it says its size or not, is read no further than the limit, and nothing is imported.
 */
@ChenggengTest
class ImportUploadLimitTest extends BackgroundUiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final long LIMIT = 20L * 1024 * 1024;
    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @Autowired
    ImportFixture fixture;
    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    @WithUserDetails("admin")
    void anUploadOfFiftyMegabytesIsRefusedOnTheServerWithoutReadingItWhole() throws Exception {
        ImportFixture.Site site = fixture.site();
        ImportView view = navigate("projects/" + site.projectId() + "/import", ImportView.class);
        Upload upload = $(Upload.class, view).id("import-upload");
        AtomicLong read = new AtomicLong();
        UploadEvent post = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "大文件.xlsx", -1, XLSX, upload.getElement(), null) {
            @Override
            public InputStream getInputStream() {
                return zeros(FIFTY_MB, read);
            }
        };

        handler(upload).handleUploadRequest(post);
        await(() -> !$(Notification.class).all().isEmpty());

        assertThat(post.isRejected()).isTrue();
        assertThat(post.getRejectionMessage()).isEqualTo("文件过大，上限为 20 MB。");
        assertThat(read.get()).isBetween(LIMIT, LIMIT + 128 * 1024);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("文件过大，上限为 20 MB。");
        assertThat($(Span.class, view).id("import-summary").getText()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void anUploadThatSaysItIsLargerThanTheLimitIsNotReadAtAll() throws Exception {
        ImportFixture.Site site = fixture.site();
        ImportView view = navigate("projects/" + site.projectId() + "/import", ImportView.class);
        Upload upload = $(Upload.class, view).id("import-upload");
        AtomicLong read = new AtomicLong();
        UploadEvent post = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "大文件.xlsx", FIFTY_MB, XLSX, upload.getElement(), null) {
            @Override
            public InputStream getInputStream() {
                return zeros(FIFTY_MB, read);
            }
        };

        handler(upload).handleUploadRequest(post);

        assertThat(post.isRejected()).isTrue();
        assertThat(read.get()).isZero();
        assertThat(handler(upload).getFileSizeMax()).isEqualTo(LIMIT);
        assertThat(handler(upload).getFileCountMax()).isEqualTo(1);
    }

    @Test
    void vaadinsServletParsesMultipartRequestsWithinTheLimit() {
        assertThat(vaadinServlet.getMultipartConfig().getMaxFileSize()).isEqualTo(LIMIT);
        assertThat(vaadinServlet.getMultipartConfig().getMaxRequestSize()).isEqualTo(21L * 1024 * 1024);
    }

    private static UploadHandler handler(Upload upload) {
        return (UploadHandler) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class,
                        URI.create(upload.getElement().getAttribute("target")))
                .orElseThrow().getElementRequestHandler();
    }

    /** {@code size} zero bytes, made as they are read, counting how many were. */
    private static InputStream zeros(long size, AtomicLong read) {
        return new InputStream() {
            @Override
            public int read() {
                return read(new byte[1], 0, 1) < 0 ? -1 : 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = size - read.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                read.addAndGet(n);
                return n;
            }
        };
    }
}

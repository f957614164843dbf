package org.chenggeng.shell;

import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An address outside the screens (a mistyped path, which Vaadin's rules refuse with 403) and a failure outside them
 * show a page in Chinese with English beneath, not Boot's English "Whitelabel Error Page".
 */
@ChenggengTest
class ErrorPagesTest {

    @Autowired
    List<ErrorViewResolver> resolvers;

    @Test
    void refusedAndUnknownAddressesAndFailuresHaveAPageInBothLanguages() throws Exception {
        assertThat(page(HttpStatus.FORBIDDEN)).contains("页面不存在", "您无权查看", "This page does not exist")
                .doesNotContain("Whitelabel");
        assertThat(page(HttpStatus.NOT_FOUND)).contains("页面不存在");
        assertThat(page(HttpStatus.INTERNAL_SERVER_ERROR)).contains("系统出现意外错误", "Something went wrong");
    }

    private String page(HttpStatus status) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/projects");
        ModelAndView view = resolvers.stream().map(r -> r.resolveErrorView(request, status, Map.of()))
                .filter(v -> v != null).findFirst().orElseThrow();
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.getView().render(Map.of(), request, response);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}

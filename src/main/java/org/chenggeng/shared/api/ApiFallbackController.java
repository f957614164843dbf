package org.chenggeng.shared.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.chenggeng.shared.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers every API path no controller maps with a JSON 404. Without it Spring would hand the request on to
 * Vaadin, which answers any unknown path with its HTML page.
 */
@Hidden
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    void unknown() {
        throw new NotFoundException();
    }
}

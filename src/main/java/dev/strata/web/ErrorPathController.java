package dev.strata.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's error page, except that a request made straight to {@code /error} (not forwarded there by the
 * container after a failure) is what it is: a path with nothing behind it, answered 404 rather than Boot's
 * default 500 for a missing error status.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPathController {

    @Bean
    BasicErrorController basicErrorController(
            ErrorAttributes errorAttributes,
            WebProperties webProperties,
            ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        return new DirectRequestsNotFound(errorAttributes, webProperties, errorViewResolvers);
    }

    static final class DirectRequestsNotFound extends BasicErrorController {

        DirectRequestsNotFound(
                ErrorAttributes errorAttributes,
                WebProperties webProperties,
                ObjectProvider<ErrorViewResolver> errorViewResolvers) {
            super(
                    errorAttributes,
                    webProperties.getError(),
                    errorViewResolvers.orderedStream().toList());
        }

        @Override
        public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
            markDirectRequest(request);
            return super.errorHtml(request, response);
        }

        @Override
        public ResponseEntity<Map<String, @Nullable Object>> error(HttpServletRequest request) {
            markDirectRequest(request);
            return super.error(request);
        }

        /** A forwarded error carries the container's status; a direct request has none, and finds nothing here. */
        private static void markDirectRequest(HttpServletRequest request) {
            if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
                request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
                request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            }
        }
    }
}

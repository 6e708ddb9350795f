package com.printdesk.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request body over the server's multipart limits is refused before any controller is chosen, so the
 * controller-scoped handlers never see it, and Tomcat's error dispatch sends it with an empty body. This
 * advice (deliberately unscoped, the handler is not known yet) answers it in the one error format.
 */
@ControllerAdvice
class OversizedUploads {

    static final String DETAIL = "The upload is larger than this server accepts.";

    private final DataSize maxFileSize;

    OversizedUploads(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        String detail = DETAIL.replace(".", " (" + maxFileSize.toMegabytes() + " MB per file).");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("error/4xx", HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
        page.addObject("detail", detail);
        return page;
    }
}

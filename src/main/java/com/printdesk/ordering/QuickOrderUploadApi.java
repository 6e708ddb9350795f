package com.printdesk.ordering;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.printdesk.accounts.AccountPrincipal;

/**
 * {@code POST /api/quick-order/upload}: the first step of the shop. The portal posts with the CSRF
 * header like every other {@code /api} POST; only clients may upload (security configuration).
 */
@RestController
@Tag(name = "Quick order")
class QuickOrderUploadApi {

    private final QuickOrderUploads uploads;

    QuickOrderUploadApi(QuickOrderUploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping(path = "/api/quick-order/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload models", description = "STL (binary or ASCII) or 3MF files under the part name "
            + "'files'. Each is checked and measured; if any file is refused, none is kept.")
    @ApiResponse(responseCode = "201", description = "Every file was accepted")
    @ApiResponse(responseCode = "400", description = "No files", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Too many files or a file too large", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A file is not a printable model; 'file' names it",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<UploadJson> upload(@AuthenticationPrincipal AccountPrincipal me,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        List<UploadedFile> stored = uploads.upload(me.userId(), me.clientId(), files);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new UploadJson(stored.stream().map(UploadJson.FileJson::of).toList()));
    }

    @ExceptionHandler(UploadRefused.class)
    ResponseEntity<ProblemDetail> refused(UploadRefused ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        problem.setTitle(ex.status() == HttpStatus.UNPROCESSABLE_CONTENT ? "File refused" : "Upload refused");
        if (ex.fileName() != null) {
            problem.setProperty("file", ex.fileName());
        }
        return ResponseEntity.status(ex.status()).body(problem);
    }
}

package com.printdesk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorageKeysTests {

    @Test
    void keysFollowTheDesignedLayouts() {
        assertThat(StorageKeys.tmpUpload(7, "part.stl")).matches("7/[0-9a-f-]{36}/part\\.stl");
        assertThat(StorageKeys.orderFile(42, "../x.3mf")).matches("42/[0-9a-f-]{36}/x\\.3mf");
        assertThat(StorageKeys.attachment(9, "a/b\\receipt.pdf")).matches("9/[0-9a-f-]{36}/receipt\\.pdf");
        assertThat(StorageKeys.pdf(StorageKeys.DocumentKind.INVOICE, 123, "ab12cd34ef56ab78"))
                .isEqualTo("invoice/123/ab12cd34ef56ab78.pdf");
    }

    @Test
    void twoUploadsOfTheSameNameGetDifferentKeys() {
        assertThat(StorageKeys.tmpUpload(1, "part.stl")).isNotEqualTo(StorageKeys.tmpUpload(1, "part.stl"));
    }

    @Test
    void aPdfKeyRefusesAHashThatIsNotHex() {
        assertThatThrownBy(() -> StorageKeys.pdf(StorageKeys.DocumentKind.QUOTE, 1, "../../x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

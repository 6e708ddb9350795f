package com.printdesk.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.slicing.ModelAnalyser;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/**
 * {@code POST /api/quick-order/upload} against the shared corpus: what APP_EXPECTED.tsv says is
 * refused leaves nothing behind, what is accepted is stored with its figures, and a request is kept
 * whole or not at all.
 */
@IntegrationTest
class QuickOrderUploadTests {

    static final String URL = "/api/quick-order/upload";
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TmpFiles tmpFiles;

    @Autowired
    Storage storage;

    @Autowired
    ModelAnalyser analyser;

    @Autowired
    UploadStore store;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    static Stream<UploadCorpus.Expected> rejected() {
        return UploadCorpus.withOutcome("reject").stream();
    }

    @Test
    void theCorpusHasFilesToRefuseAndToAccept() {
        assertThat(UploadCorpus.withOutcome("reject")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(UploadCorpus.withOutcome("accept-warn")).isNotEmpty();
        assertThat(UploadCorpus.withOutcome("accept-units")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void everyFileTheCorpusRefusesIs422NamingItAndNothingIsStored(UploadCorpus.Expected file) throws Exception {
        AccountPrincipal me = data.client();

        upload(me, UploadCorpus.part(file.file()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.file").value(file.file()))
                .andExpect(jsonPath("$.detail").value(containsString(file.file())));

        assertNothingStoredFor(me);
    }

    @Test
    void theCalibrationCubeAndA3mfAreStoredWithTheirFiguresOriginalsAndNormalisedMeshes() throws Exception {
        AccountPrincipal me = data.client();

        upload(me, UploadCorpus.part("xyz_calibration_cube.stl"), UploadCorpus.part("components_transform.3mf"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.files", hasSize(2)))
                .andExpect(jsonPath("$.files[0].name").value("xyz_calibration_cube.stl"))
                .andExpect(jsonPath("$.files[0].sizeBytes").value(13084))
                .andExpect(jsonPath("$.files[0].format").value("STL_BINARY"))
                .andExpect(jsonPath("$.files[0].triangles").value(260))
                .andExpect(jsonPath("$.files[0].bboxMm.x").value(20.0))
                .andExpect(jsonPath("$.files[0].bboxMm.z").value(20.0))
                .andExpect(jsonPath("$.files[0].watertight").value(true))
                .andExpect(jsonPath("$.files[0].warnings", empty()))
                .andExpect(jsonPath("$.files[0].unitOffer").doesNotExist())
                .andExpect(jsonPath("$.files[1].name").value("components_transform.3mf"))
                .andExpect(jsonPath("$.files[1].format").value("THREE_MF"));

        List<UploadedFile> rows = tmpFiles.ofClient(me.clientId());
        assertThat(rows).hasSize(2);
        UploadedFile cube = rows.stream().filter(r -> r.originalName().equals("xyz_calibration_cube.stl")).findFirst()
                .orElseThrow();
        assertThat(cube.ownerUserId()).isEqualTo(me.userId());
        assertThat(cube.sha256()).isEqualTo(sha256(UploadCorpus.bytes("xyz_calibration_cube.stl")));
        assertThat(cube.storageKey()).startsWith(me.userId() + "/").endsWith("/xyz_calibration_cube.stl");
        assertThat(storage.getBytes(Bucket.TMP, cube.storageKey()))
                .isEqualTo(UploadCorpus.bytes("xyz_calibration_cube.stl"));
        for (UploadedFile row : rows) {
            assertThat(row.meshKeys()).isNotEmpty().allSatisfy(key -> {
                byte[] mesh = storage.getBytes(Bucket.TMP, key);
                long count = java.nio.ByteBuffer.wrap(mesh, 80, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
                assertThat(mesh.length).as("a normalised mesh is binary STL").isEqualTo(84 + 50 * count);
            });
        }
        assertThat(storage.list(Bucket.TMP, me.userId() + "/")).hasSize(2 + rows.stream()
                .mapToInt(r -> r.meshKeys().size()).sum());
    }

    @Test
    void anOpenMeshIsAcceptedWithAWarning() throws Exception {
        String file = UploadCorpus.withOutcome("accept-warn").get(0).file();
        upload(data.client(), UploadCorpus.part(file))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.files[0].watertight").value(false))
                .andExpect(jsonPath("$.files[0].warnings", not(empty())));
    }

    @Test
    void aModelDrawnInMetresComesWithAnOfferToScaleIt() throws Exception {
        String file = UploadCorpus.withOutcome("accept-units").get(0).file();
        AccountPrincipal me = data.client();
        upload(me, UploadCorpus.part(file))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.files[0].unitOffer.reason").isNotEmpty())
                .andExpect(jsonPath("$.files[0].unitOffer.scales[*].factor", hasItem(1000.0)));
        assertThat(tmpFiles.ofClient(me.clientId()).get(0).unitSuggestion().scales())
                .anySatisfy(scale -> assertThat(scale.factor()).isEqualTo(1000.0));
    }

    @Test
    void oneBadFileRefusesTheWholeRequestAndKeepsNothing() throws Exception {
        AccountPrincipal me = data.client();

        upload(me, UploadCorpus.part("xyz_calibration_cube.stl"), UploadCorpus.part("triangle_soup.stl"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.file").value("triangle_soup.stl"));

        assertNothingStoredFor(me);
    }

    @Test
    void aRequestWithoutFilesIsABadRequest() throws Exception {
        AccountPrincipal me = data.client();
        mvc.perform(multipart(URL).param("note", "no files").with(user(me)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("at least one")));
    }

    @Test
    void moreFilesThanAllowedAreRefusedWithTheLimitAndNothingIsStored() throws Exception {
        AccountPrincipal me = data.client();
        MockMultipartFile[] eleven = Stream.generate(() -> UploadCorpus.part("xyz_calibration_cube.stl")).limit(11)
                .toArray(MockMultipartFile[]::new);

        upload(me, eleven)
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("At most 10 files")));

        assertNothingStoredFor(me);
    }

    @Test
    void onlyClientsMayUploadAndTheCsrfTokenIsRequired() throws Exception {
        MockMultipartFile cube = UploadCorpus.part("xyz_calibration_cube.stl");
        mvc.perform(multipart(URL).file(cube).with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        AccountPrincipal admin = data.adminPrincipal();
        mvc.perform(multipart(URL).file(cube).with(user(admin)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        AccountPrincipal me = data.client();
        mvc.perform(multipart(URL).file(cube).with(user(me)))
                .andExpect(status().isForbidden());
        assertNothingStoredFor(me);
    }

    @Test
    void eachUploadBelongsToItsClientOnly() throws Exception {
        AccountPrincipal me = data.client();
        AccountPrincipal other = data.client();

        upload(me, UploadCorpus.part("xyz_calibration_cube.stl")).andExpect(status().isCreated());
        upload(other, UploadCorpus.part("m3x10_screw.stl")).andExpect(status().isCreated());

        assertThat(tmpFiles.ofClient(me.clientId())).singleElement().satisfies(row -> {
            assertThat(row.originalName()).isEqualTo("xyz_calibration_cube.stl");
            assertThat(row.ownerUserId()).isEqualTo(me.userId());
            assertThat(row.clientId()).isEqualTo(me.clientId());
        });
        assertThat(tmpFiles.ofClient(other.clientId())).extracting(UploadedFile::originalName)
                .containsExactly("m3x10_screw.stl");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndTheWorkFolderIsAlwaysEmptied(@TempDir Path work) {
        QuickOrderUploads smallShop = new QuickOrderUploads(analyser, store,
                new OrderingProperties(DataSize.ofKilobytes(20), 10, work.toString()), clock);
        AccountPrincipal me = data.client();

        assertThatThrownBy(() -> smallShop.upload(me.userId(), me.clientId(),
                List.of(UploadCorpus.part("xyz_calibration_cube.stl"), UploadCorpus.part("teapot_open.stl"))))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                    assertThat(refused.fileName()).isEqualTo("teapot_open.stl");
                    assertThat(refused.getMessage()).contains("20 KB");
                });
        assertNothingStoredFor(me);
        assertThat(work).isEmptyDirectory();

        assertThatThrownBy(() -> smallShop.upload(me.userId(), me.clientId(),
                List.of(UploadCorpus.part("xyz_calibration_cube.stl"), UploadCorpus.part("invalid_vertex.stl"))))
                .isInstanceOf(UploadRefused.class);
        assertThat(work).as("after a refused model").isEmptyDirectory();

        assertThat(smallShop.upload(me.userId(), me.clientId(), List.of(UploadCorpus.part("xyz_calibration_cube.stl"))))
                .singleElement().satisfies(file -> assertThat(file.triangles()).isEqualTo(260));
        assertThat(work).as("after an accepted model").isEmptyDirectory();
    }

    @Test
    void whenStoringFailsHalfWayTheRowsRollBackAndTheObjectsAreRemoved() {
        TmpFiles failingOnTheSecondRow = new TmpFiles(jdbc) {
            int rows;

            @Override
            long insert(UploadedFile file, Instant createdAt) {
                if (++rows == 2) {
                    throw new IllegalStateException("the database went away");
                }
                return super.insert(file, createdAt);
            }
        };
        QuickOrderUploads shop = new QuickOrderUploads(analyser,
                new UploadStore(storage, failingOnTheSecondRow, transaction),
                new OrderingProperties(DataSize.ofMegabytes(100), 10, ""), clock);
        AccountPrincipal me = data.client();

        assertThatThrownBy(() -> shop.upload(me.userId(), me.clientId(),
                List.of(UploadCorpus.part("xyz_calibration_cube.stl"), UploadCorpus.part("components_transform.3mf"))))
                .hasMessageContaining("the database went away");

        assertNothingStoredFor(me);
    }

    ResultActions upload(AccountPrincipal who, MockMultipartFile... files) throws Exception {
        var request = multipart(URL);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.with(user(who)).with(csrf()));
    }

    void assertNothingStoredFor(AccountPrincipal me) {
        assertThat(tmpFiles.ofClient(me.clientId())).as("tmp_files rows").isEmpty();
        assertThat(storage.list(Bucket.TMP, me.userId() + "/")).as("tmp objects").isEmpty();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

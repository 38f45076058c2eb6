package dev.tandem.audit;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.identity.ApiCalls;
import dev.tandem.identity.Logins;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What the checklist tests need around them: calls of the API as a demo user, with a template's version when asked. */
final class ChecklistCalls {

    private final JdbcClient jdbc;
    private final Logins logins;
    private final ApiCalls calls;

    ChecklistCalls(MockMvc mvc, JdbcClient jdbc, Logins logins) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.calls = new ApiCalls(mvc, logins);
    }

    /** A call of the API as the given demo user; {@code json} may be null. */
    ResultActions call(String username, AbstractMockHttpServletRequestBuilder<?> request, String json)
            throws Exception {
        return calls.call(username, request, json);
    }

    /** The same, sending the template's stored version as {@code If-Match}. */
    ResultActions withVersion(String username, AbstractMockHttpServletRequestBuilder<?> request, String id, String json)
            throws Exception {
        return calls.step(username, request, version(id), json);
    }

    /** The same on an inspection, sending its stored version as {@code If-Match}. */
    ResultActions onInspection(
            String username, AbstractMockHttpServletRequestBuilder<?> request, String id, String json)
            throws Exception {
        var version = jdbc.sql("select version from audit_inspection where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
        return calls.step(username, request, version, json);
    }

    /** A photo of the inspection's answer to the question. */
    ResultActions photo(String username, String inspectionId, String question) throws Exception {
        return call(
                username,
                MockMvcRequestBuilders.multipart("/api/v1/inspections/" + inspectionId + "/photos")
                        .file(new MockMultipartFile("photo", "hook.png", "image/png", png()))
                        .param("question", question),
                null);
    }

    /** A signature of one side of a joint inspection. */
    ResultActions sign(String username, String inspectionId) throws Exception {
        return call(
                username,
                MockMvcRequestBuilders.multipart("/api/v1/inspections/" + inspectionId + "/signatures")
                        .file(new MockMultipartFile("signature", "signature.png", "image/png", png())),
                null);
    }

    /** Completes the inspection on the version it is stored at. */
    ResultActions complete(String username, String inspectionId) throws Exception {
        return onInspection(
                username,
                MockMvcRequestBuilders.post("/api/v1/inspections/" + inspectionId + "/complete"),
                inspectionId,
                null);
    }

    /** A small PNG picture, for a photo or a signature. */
    static byte[] png() {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    Long version(String id) {
        return jdbc.sql("select version from audit_template where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single();
    }

    /** A new template's id. */
    String draft(String username, String json) throws Exception {
        return JsonPath.read(
                body(call(username, MockMvcRequestBuilders.post("/api/v1/checklist-templates"), json)
                        .andExpect(status().isCreated())),
                "$.id");
    }

    static String body(ResultActions result) throws Exception {
        return ApiCalls.body(result);
    }
}

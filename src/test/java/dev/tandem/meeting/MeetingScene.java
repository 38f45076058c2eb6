package dev.tandem.meeting;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.contractor.ContractorFixture;
import dev.tandem.contractor.EngagementScene;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An engagement of a contractor of its own, under way for three weeks on a site in Moscow, and the meeting steps its
 * mentor takes over the API: open, attend, sign and hold a meeting.
 */
final class MeetingScene {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    final ContractorFixture fixture;
    final EngagementScene scene;
    final UUID engagement;
    final UUID contractor;
    final String supervisor;
    final UUID supervisorPerson;
    final LocalDate today;

    MeetingScene(ContractorFixture fixture, ApplicationContext context) throws Exception {
        this.fixture = fixture;
        this.scene = new EngagementScene(fixture, context);
        this.engagement = scene.activeEngagement();
        this.contractor = scene.contractor.id();
        this.supervisor = scene.contractor.supervisor();
        this.supervisorPerson = fixture.logins.viewer(supervisor).personId();
        this.today = LocalDate.now(MOSCOW);
        var jdbc = context.getBean(JdbcClient.class);
        // the work, and so the contractor's onboarding, began three weeks ago
        jdbc.sql("update contractor_engagement set starts_on = :day where id = :id")
                .param("day", today.minusDays(21))
                .param("id", engagement)
                .update();
        jdbc.sql("update contractor_onboarding set started_on = :day where organisation_id = :id")
                .param("day", today.minusDays(21))
                .param("id", contractor)
                .update();
    }

    /** A meeting opened by the mentor on the day at 10:00 on the site's clock. */
    UUID open(LocalDate day) throws Exception {
        return UUID.fromString(JsonPath.read(body(openAt(day).andExpect(status().isCreated())), "$.id"));
    }

    ResultActions openAt(LocalDate day) throws Exception {
        return fixture.call(scene.mentor, post("/api/v1/meetings"), openJson(UUID.randomUUID(), day));
    }

    String openJson(UUID id, LocalDate day) {
        return "{'id':'%s','engagementId':'%s','heldAt':'%s','place':'Shop 3 office'}"
                .formatted(id, engagement, heldAt(day));
    }

    static String heldAt(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(MOSCOW).toInstant().toString();
    }

    ResultActions attend(UUID meeting, UUID person, boolean present, String as) throws Exception {
        return fixture.call(
                as,
                post("/api/v1/meetings/{id}/attendees", meeting),
                "{'personId':'%s','present':%s}".formatted(person, present));
    }

    /** The person signs the meeting on the phone of the one who holds it ({@code as}). */
    ResultActions sign(UUID meeting, UUID person, String as, byte[] picture) throws Exception {
        var request = multipart("/api/v1/meetings/{id}/attendees/{person}/signature", meeting, person);
        if (picture != null) {
            request.file(new MockMultipartFile("signature", "signature.png", "image/png", picture));
        }
        return fixture.call(as, request, null);
    }

    /** The mentor and the supervisor came, signed, and the mentor closed the record. */
    UUID held(UUID meeting) throws Exception {
        attend(meeting, scene.mentorPerson, true, scene.mentor).andExpect(status().isOk());
        attend(meeting, supervisorPerson, true, scene.mentor).andExpect(status().isOk());
        sign(meeting, scene.mentorPerson, scene.mentor, signature()).andExpect(status().isOk());
        sign(meeting, supervisorPerson, scene.mentor, signature()).andExpect(status().isOk());
        fixture.call(scene.mentor, post("/api/v1/meetings/{id}/close", meeting), null)
                .andExpect(status().isOk());
        return meeting;
    }

    private static final java.util.concurrent.atomic.AtomicInteger SIGNED =
            new java.util.concurrent.atomic.AtomicInteger();

    /** A stroke drawn on a white pad, as the page's canvas sends it; each one a little different. */
    static byte[] signature() throws Exception {
        int lean = SIGNED.incrementAndGet() % 30;
        var image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        var pen = image.createGraphics();
        pen.setColor(Color.WHITE);
        pen.fillRect(0, 0, 120, 40);
        pen.setColor(Color.BLACK);
        pen.setStroke(new BasicStroke(3));
        pen.drawLine(10, 35, 110, 5 + lean);
        pen.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

package dev.tandem.signal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.equipment.Criticality;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.EquipmentType;
import dev.tandem.equipment.RegisterEquipment;
import dev.tandem.event.ContributingSignal;
import dev.tandem.event.EarlyWarningDetected;
import dev.tandem.event.EarlyWarnings;
import dev.tandem.identity.Logins;
import dev.tandem.shared.Viewer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A pump of its own for each test (a fresh code, so tests never share a stream), with four tags and generated
 * signals: one wandering load drives all four, each with its own noise, as process tags move together.
 */
public final class SignalFixture {

    static final String[] TAGS = {"pressure", "flow", "vibration", "temperature"};
    private static final double[] LEVEL = {10, 20, 30, 40};
    private static final double[] LOAD = {1.0, 0.8, -0.6, 0.5};
    private static final double[] NOISE = {0.3, 0.3, 0.2, 0.4};

    public final UUID equipmentId;
    public final UUID siteId;
    public final UUID areaId;
    public final String code;
    public final List<String> keys = new ArrayList<>();
    private final Random random;
    private final JdbcClient jdbc;
    private final EarlyWarnings warnings;
    private double load;

    /** A new pump registered by the safety department, its signals drawn from {@code seed}. */
    public SignalFixture(ApplicationContext context, long seed) {
        this(
                context.getBean(JdbcClient.class),
                context.getBean(EquipmentRegistry.class),
                context.getBean(TagRegister.class),
                context.getBean(EarlyWarnings.class),
                new Logins(context).viewer("hse"),
                seed);
    }

    private SignalFixture(
            JdbcClient jdbc,
            EquipmentRegistry equipment,
            TagRegister tags,
            EarlyWarnings warnings,
            Viewer keeper,
            long seed) {
        this.random = new Random(seed);
        this.jdbc = jdbc;
        this.warnings = warnings;
        var area = jdbc.sql("select id, site_id from area where voided_at is null order by code, id limit 1")
                .query((rs, row) ->
                        Map.of("id", rs.getObject("id", UUID.class), "site", rs.getObject("site_id", UUID.class)))
                .single();
        this.areaId = area.get("id");
        this.siteId = area.get("site");
        this.code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        this.equipmentId = equipment
                .register(
                        UUID.randomUUID(),
                        new RegisterEquipment(
                                siteId, areaId, code, "Test pump", EquipmentType.PUMP, Criticality.HIGH, null),
                        keeper)
                .record()
                .id();
        for (var name : TAGS) {
            var tag = tags.register(null, new DefineTag(equipmentId, null, name, "u", null, null), keeper)
                    .record();
            keys.add(tag.key());
        }
    }

    /**
     * A minute of one of its tags as ingestion keeps it: 60 samples around {@code mean}, the lowest and highest
     * {@code spread} from it, the last at the mean.
     */
    public void minute(String key, Instant minute, double mean, double spread) {
        jdbc.sql(
                        """
                        insert into signal_minute (tag_id, minute, samples, min_value, max_value, sum_value,
                                                   last_value, last_at)
                        select id, :minute, 60, :mean - :spread, :mean + :spread, 60 * :mean, :mean, :lastAt
                        from signal_tag where tag_key = :key""")
                .param("key", key)
                .param("minute", Timestamp.from(minute))
                .param("mean", mean)
                .param("spread", spread)
                .param("lastAt", Timestamp.from(minute.plusSeconds(59)))
                .update();
    }

    /** An early warning of the pump from {@code at} on the signals given, as its detector raises one; its id. */
    public UUID warned(Instant at, String description, ContributingSignal... signals) {
        var id = UUID.randomUUID();
        warnings.raise(new EarlyWarningDetected(id, equipmentId, siteId, areaId, at, description, List.of(signals)));
        return id;
    }

    public double[] next() {
        load = 0.95 * load + 0.3 * random.nextGaussian();
        var values = new double[LEVEL.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = LEVEL[i] + LOAD[i] * load + NOISE[i] * random.nextGaussian();
        }
        return values;
    }

    /** Adds every tag's value at {@code ts} to {@code samples}, items of the HTTP batch endpoint's list. */
    void append(StringBuilder samples, long ts, double[] values) {
        for (int i = 0; i < values.length; i++) {
            samples.append(samples.isEmpty() ? "" : ",")
                    .append("{\"tag\":\"%s\",\"ts\":%d,\"value\":%s}".formatted(keys.get(i), ts, values[i]));
        }
    }

    /** Sends the samples gathered to the HTTP batch endpoint with {@code authorization}, expects none refused. */
    static void send(MockMvc mvc, String authorization, StringBuilder samples) throws Exception {
        if (samples.isEmpty()) {
            return;
        }
        mvc.perform(post("/api/v1/signals/samples")
                        .header("Authorization", authorization)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"samples\":[" + samples + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rejected").isEmpty());
        samples.setLength(0);
    }

    /** One MQTT JSON message with every tag at {@code ts}. */
    String json(long ts, double[] values) {
        var text = new StringBuilder("{\"ts\":").append(ts).append(",\"values\":{");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(keys.get(i))
                    .append("\":")
                    .append(values[i]);
        }
        return text.append("}}").toString();
    }
}

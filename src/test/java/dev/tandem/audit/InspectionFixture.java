package dev.tandem.audit;

import dev.tandem.identity.Logins;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What the inspection tests start from: the demo's sign-ins, a freshly published crane check, the safety department's site. */
final class InspectionFixture {

    final Logins logins;
    final ChecklistCalls calls;
    final UUID template;
    final UUID site;

    InspectionFixture(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        logins = new Logins(context);
        calls = new ChecklistCalls(mvc, jdbc, logins);
        var hse = logins.viewer("hse");
        template = SampleChecklists.cranePreUseCheck(context.getBean(Checklists.class), hse);
        site = hse.siteId() != null
                ? hse.siteId()
                : jdbc.sql("select id from site where voided_at is null order by id limit 1")
                        .query(UUID.class)
                        .single();
    }
}

package dev.tandem.shared.imports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the import tests of every module do alike: follow a job's page, and read a streamed download. */
public final class ImportCalls {

    private ImportCalls() {}

    /** The job's progress, asked for as the page asks for it, until it shows {@code marker} (ten seconds at most). */
    public static String pollUntil(MockMvc mvc, RequestPostProcessor importer, String location, String marker)
            throws Exception {
        String page = "";
        for (int attempt = 0; attempt < 100 && !page.contains(marker); attempt++) {
            Thread.sleep(100);
            page = mvc.perform(get(location).header("HX-Request", "true").with(importer))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        }
        return page;
    }

    /** The bytes of a download the server streams (a workbook), once the started request is done. */
    public static byte[] streamed(MockMvc mvc, ResultActions started) throws Exception {
        var result = started.andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(result))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}

package dev.tandem.database;

import dev.tandem.TandemApplication;
import dev.tandem.identity.Logins;
import org.springframework.boot.SpringApplication;

/**
 * Tandem as the crash test runs it, in a process of its own: once started it prints a line with an administrator's
 * API token, the one thing a client outside cannot get without a browser.
 */
public final class TandemProcess {

    static final String READY = "TANDEM-READY ";

    private TandemProcess() {}

    public static void main(String[] args) {
        var context = SpringApplication.run(TandemApplication.class, args);
        System.out.println(READY + new Logins(context).token("admin"));
        System.out.flush();
    }
}

package dev.tandem.demo;

import java.util.Random;

/** The numbers an organisation and a person are reached and known by, drawn from the demo's random source. */
final class DemoContacts {

    private final Random random;

    DemoContacts(Random random) {
        this.random = random;
    }

    /** A ten-digit INN of a legal entity registered in the Chelyabinsk region (74), with its check digit. */
    String taxNumber() {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        var digits = new StringBuilder("74");
        while (digits.length() < weights.length) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return digits.append(sum % 11 % 10).toString();
    }

    String officePhone() {
        return String.format("+7 (351) %03d-%02d-%02d", random.nextInt(1000), random.nextInt(100), random.nextInt(100));
    }

    String mobilePhone() {
        return String.format(
                "+7 9%02d %03d-%02d-%02d",
                random.nextInt(100), random.nextInt(1000), random.nextInt(100), random.nextInt(100));
    }
}

package org.privacyrights.demo.backends;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One of the generated people. Their addresses are those of the platform's demonstration requests
 * ({@code person<i>@demo.example}), so approving one of those requests finds this person's data.
 */
record DemoPerson(int index, String email, String displayName, String phone, String customerNumber) {

    static final String DOMAIN = "demo.example";

    private static final String[] FIRST = {
        "Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Frances", "Niklaus", "Margaret", "Tim", "Radia", "Ken"
    };
    private static final String[] LAST = {
        "Lovelace",
        "Turing",
        "Hopper",
        "Dijkstra",
        "Liskov",
        "Knuth",
        "Allen",
        "Wirth",
        "Hamilton",
        "Berners-Lee",
        "Perlman",
        "Thompson",
        "Jansen",
        "Schmidt",
        "Dubois"
    };

    static List<DemoPerson> generate(int count) {
        List<DemoPerson> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(new DemoPerson(
                    i,
                    "person" + i + "@" + DOMAIN,
                    FIRST[i % FIRST.length] + " " + LAST[(i * 7) % LAST.length],
                    String.format(Locale.ROOT, "+32 2 555 %02d %02d", i / 100, i % 100),
                    "C-" + (10_000 + i)));
        }
        return people;
    }
}

package org.chenggeng.summary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * At start-up: {@code --rollups=verify} checks the summary tables against the ledger and {@code --rollups=rebuild}
 * sums them afresh in chunks, or goes on with a rebuild that was stopped, from the last project it did (then
 * verifies); either prints what it found and stops the application, with exit code 1 when
 * the tables disagree with the ledger. Without the option, tables that miss projects (a database from before they
 * existed) are rebuilt once, before anyone signs in ({@code chenggeng.rollups.rebuild-on-start=false} leaves them).
 */
@Component
@Order(10)
class RollupCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RollupCommand.class);

    private final RollupCheck check;
    private final ConfigurableApplicationContext context;
    private final boolean rebuildOnStart;

    RollupCommand(RollupCheck check, ConfigurableApplicationContext context,
                  @Value("${chenggeng.rollups.rebuild-on-start:true}") boolean rebuildOnStart) {
        this.check = check;
        this.context = context;
        this.rebuildOnStart = rebuildOnStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> asked = args.getOptionValues("rollups");
        if (asked == null || asked.isEmpty()) {
            if (rebuildOnStart && check.missing()) {
                log.info("Some projects are not in the summary tables yet; rebuilding them");
                check.rebuild();
            }
            return;
        }
        String what = asked.getFirst();
        if (!what.equals("verify") && !what.equals("rebuild")) {
            System.out.println("--rollups takes verify or rebuild, not " + what);
            exit(2);
            return;
        }
        if (what.equals("rebuild")) {
            RollupCheck.Outcome rebuilt = check.rebuild();
            System.out.printf("Rebuilt the summary tables: %,d projects, %,d item-months in %,d ms%n",
                    rebuilt.projects(), rebuilt.itemMonths(), rebuilt.millis());
        }
        RollupCheck.Outcome verified = check.verify();
        System.out.printf("Verified the summary tables against the ledger: %,d projects, %,d item-months, "
                + "%,d differences, in %,d ms%n", verified.projects(), verified.itemMonths(), verified.differences(),
                verified.millis());
        verified.described().forEach(d -> System.out.println("  " + d));
        exit(verified.consistent() ? 0 : 1);
    }

    private void exit(int code) {
        System.exit(SpringApplication.exit(context, () -> code));
    }
}

package org.anxin;

import org.anxin.cli.AnxinCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Without arguments, serves the web chat; with arguments, runs a command ({@code chat}, {@code dialogs check}, ...). */
@SpringBootApplication
@EnableConfigurationProperties(AnxinProperties.class)
public class AnxinApplication {

    public static void main(String[] args) {
        if (args.length == 0) {
            SpringApplication.run(AnxinApplication.class, args);
        } else {
            System.exit(AnxinCommand.execute(args));
        }
    }
}

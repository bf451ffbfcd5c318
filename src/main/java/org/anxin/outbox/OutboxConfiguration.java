package org.anxin.outbox;

import org.anxin.letter.ChatLetters;
import org.anxin.letter.LetterLinks;
import org.anxin.mydata.MyDataFile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The renderer every turn goes through. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxRenderer outboxRenderer(ObjectProvider<ChatLetters> letters, ObjectProvider<MyDataFile> myData, LetterLinks links) {
        return new OutboxRenderer(letters, myData, links);
    }
}

package org.anxin.dialog.content;

import java.util.List;
import java.util.Map;
import org.anxin.dialog.DialogSet;
import org.anxin.dialog.SourceRef;

/** A dialogs folder as read: the set, where each message was written, and what could not be read. */
public record LoadedDialogs(DialogSet dialogs, Map<String, Map<String, SourceRef>> messageLines, List<Problem> problems) {
}

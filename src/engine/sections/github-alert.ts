/**
 * The marker a GitHub alert's first paragraph starts with (`> [!NOTE]`, `> [!WARNING] Title`): the
 * same callout as Docsy's `{{% alert %}}`, which sites move to. Group 1 is the alert's kind.
 */
export const githubAlertMarker = /^\[!(note|tip|important|warning|caution)\]\s*/i

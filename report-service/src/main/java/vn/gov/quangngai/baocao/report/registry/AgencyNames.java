package vn.gov.quangngai.baocao.report.registry;

/** What an agency's name may hold: one line of text, no control characters (C0, DEL, C1) or line separators. */
public final class AgencyNames {

    private AgencyNames() {
    }

    /** The index of the first character a name may not hold, or -1 when there is none. */
    public static int firstControl(String name) {
        if (name == null) {
            return -1;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return i;
            }
        }
        return -1;
    }

    /** The character at {@code index} as U+XXXX, for messages. */
    public static String codePoint(String name, int index) {
        return String.format("U+%04X", (int) name.charAt(index));
    }
}

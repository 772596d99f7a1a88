package vn.gov.quangngai.baocao.console.client.model;

/** Who did something: the token's subject, user name and full name. */
public record Actor(String subject, String username, String name) {

    /** The full name, or the user name when the token had none. */
    public String display() {
        return name == null || name.isBlank() ? username : name;
    }
}

package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** No secret value is ever in the repository: a Secret in the manifests may name itself, never hold data. */
final class SecretRules {

    private SecretRules() {
    }

    static List<String> problems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode secret : Manifests.ofKind(objects, "Secret")) {
            for (String field : new String[] {"data", "stringData"}) {
                if (secret.has(field) && !secret.get(field).isEmpty()) {
                    problems.add(Manifests.id(secret) + ": holds " + field + " (create it with kubectl create secret, README)");
                }
            }
        }
        return problems;
    }
}

#!/usr/bin/env bash
# Loads the demo round and the seed report through the public API of report-service, exactly as an
# agency's own system would. Run it after deploy/local/up.sh; it is safe to run again.
#
# It is also the worked example for integrators. The steps an agency system takes are:
#   1. (SNV's side, here for the demo) a reviewer opens the round DVCQ-2021 from template DVCQ-NAM;
#   2. the agency system gets a token with its own client credentials (no person involved);
#   3. it PUTs its report (document data, one text per outline section, the figures), then submits it
#      with an Idempotency-Key, so a retry after a lost answer never creates a second version;
#   4. anyone with the right role reads it back; aggregation-service shows the provincial summary.
# Every error comes back as application/problem+json with a stable "code": branch on the code,
# never on the message text.
#
# Needs bash, curl and sed (jq, when present, only pretty-prints what is shown at the end).
set -euo pipefail
source "$(dirname "$0")/common.sh"

API="http://127.0.0.1:$REPORT_PORT/api/v1"
SUMMARY_URL="http://127.0.0.1:$AGGREGATION_PORT/api/v1/rounds/DVCQ-2021/summary"
TOKEN_URL="http://127.0.0.1:$KEYCLOAK_PORT/realms/baocao/protocol/openid-connect/token"

# The confidential client of Ban Dân tộc's own system. A production secret is never written in a
# script: read it from the system's secret store instead.
AGENCY_CLIENT_ID=agency-bdt-system
AGENCY_CLIENT_SECRET=agency-bdt-system-dev-secret

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# ---------------------------------------------------------------------------------------------
# HTTP helper
# ---------------------------------------------------------------------------------------------

# api METHOD URL TOKEN BODY_FILE [HEADER...]
#   Calls the API with a bearer token; BODY_FILE is a JSON file to send, or - for no body.
#   Sets STATUS (the HTTP status code) and BODY (the response body). Never fails on an HTTP error
#   status: the caller decides which statuses it expects. Fails only when the server is unreachable.
api() {
  local method=$1 url=$2 bearer=$3 body_file=$4
  shift 4
  local args=(-sS -X "$method" "$url"
              -H "Authorization: Bearer $bearer"
              -H "Accept: application/json, application/problem+json"
              -o "$WORK/response" -D "$WORK/headers" -w '%{http_code}')
  if [ "$body_file" != - ]; then
    args+=(-H "Content-Type: application/json; charset=utf-8" --data-binary "@$body_file")
  else
    args+=(-H "Content-Length: 0")
  fi
  local header
  for header in "$@"; do args+=(-H "$header"); done
  STATUS=$(curl "${args[@]}") || fail "$method $url: no answer (is the suite up? deploy/local/up.sh)"
  BODY=$(cat "$WORK/response")
}

# header NAME: the value of a header of the last answer (empty when there is none).
header() {
  tr -d '\r' < "$WORK/headers" | sed -n "s/^$1:[[:space:]]*//Ip" | tail -n 1
}

# problem_code: the "code" of the problem+json in BODY (empty when there is none).
problem_code() {
  printf '%s\n' "$BODY" | sed -n 's/.*"code"[[:space:]]*:[[:space:]]*"\([A-Z_]*\)".*/\1/p' | head -n 1
}

# unexpected WHAT: print the status and the problem+json body of the last call, then exit 1.
unexpected() {
  printf 'error: %s answered HTTP %s:\n' "$1" "$STATUS" >&2
  printf '%s\n' "$BODY" >&2
  exit 1
}

# pretty: pretty-print JSON on stdin when jq is installed, else pass it through.
pretty() {
  if command -v jq >/dev/null 2>&1; then jq "${1:-.}"; else cat; fi
}

http_ok "http://127.0.0.1:$REPORT_PORT/q/health/ready" \
  || fail "report-service is not running on 127.0.0.1:$REPORT_PORT; start the suite with deploy/local/up.sh"

# ---------------------------------------------------------------------------------------------
# 1. SNV opens the round (reviewer bob, password grant: a person, for the demo only)
# ---------------------------------------------------------------------------------------------
say "[1/4] Round DVCQ-2021 (as reviewer bob)"
BOB_TOKEN=$(token bob) || fail "no token for bob from Keycloak on 127.0.0.1:$KEYCLOAK_PORT"
[ -n "$BOB_TOKEN" ] || fail "Keycloak gave no access token for bob"

# The round answers Công văn số 2454/SNV-XDCQ; its outline is the built-in template DVCQ-NAM
# (report-service/src/main/resources/templates/dan-van-chinh-quyen-nam.json).
cat > "$WORK/round.json" <<'JSON'
{
  "code": "DVCQ-2021",
  "title": "Báo cáo kết quả công tác dân vận chính quyền năm 2021",
  "request": {
    "number": "2454/SNV-XDCQ",
    "date": "2021-10-29",
    "issuer": "Sở Nội vụ tỉnh Quảng Ngãi"
  },
  "period": { "kind": "YEAR", "year": 2021 },
  "deadline": "2021-11-15",
  "agencies": ["BDT", "STC", "MINHLONG", "STP", "SYT", "TPQN"],
  "templateCode": "DVCQ-NAM"
}
JSON

api POST "$API/rounds" "$BOB_TOKEN" "$WORK/round.json"
case "$STATUS" in
  201) say "  created round DVCQ-2021 (6 agencies, deadline 2021-11-15)" ;;
  409) [ "$(problem_code)" = ROUND_EXISTS ] || unexpected "POST /rounds"
       say "  round DVCQ-2021 exists already (loaded by an earlier run); kept as it is" ;;
  *)   unexpected "POST /rounds" ;;
esac

# ---------------------------------------------------------------------------------------------
# 2. Ban Dân tộc's own system signs in with its client credentials
# ---------------------------------------------------------------------------------------------
say "[2/4] Token for $AGENCY_CLIENT_ID (client credentials)"
STATUS=$(curl -sS -o "$WORK/response" -w '%{http_code}' "$TOKEN_URL" \
           -u "$AGENCY_CLIENT_ID:$AGENCY_CLIENT_SECRET" -d grant_type=client_credentials) \
  || fail "Keycloak on 127.0.0.1:$KEYCLOAK_PORT does not answer"
BODY=$(cat "$WORK/response")
[ "$STATUS" = 200 ] || unexpected "the token endpoint"
AGENCY_TOKEN=$(printf '%s' "$BODY" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$AGENCY_TOKEN" ] || unexpected "the token endpoint (no access_token)"

# ---------------------------------------------------------------------------------------------
# 3. Ban Dân tộc's report: save it (PUT, repeatable while it is a draft), then submit it
# ---------------------------------------------------------------------------------------------
say "[3/4] Report of Ban Dân tộc (BDT), from the seed report"
# The body mirrors the paper report:
#   document    the official-document data: number and symbol, date, place, signature block
#               (KT. = signing on behalf of the head), "Nơi nhận" recipients;
#   sections    one entry per outline section key of the template, the agency's text for it;
#               paragraphs separated by \n; the heading itself comes from the template;
#   indicators  the figures, by the template's indicator codes, as plain JSON numbers (196.878 in
#               Vietnamese writing is 196878; "9 tỷ đồng" is 9000000000) or true/false. A figure the
#               agency does not have is left out, not sent as 0: empty is not zero.
# Text may be NFC or NFD Unicode; the service stores NFC.
# The seed text shows neither the number nor the date of the document (it is the unsigned body):
# "…/BC-BDT" is the usual blank of a not-yet-numbered document, and the round's deadline stands
# in for the date. An agency system sends the real ones.
cat > "$WORK/report-bdt.json" <<'JSON'
{
  "document": {
    "number": "…/BC-BDT",
    "date": "2021-11-15",
    "place": "Quảng Ngãi",
    "signer": {
      "name": "Nguyễn Thế Nhân",
      "title": "PHÓ TRƯỞNG BAN",
      "delegation": "KT. TRƯỞNG BAN"
    },
    "recipients": [
      "Sở Nội vụ",
      "Lãnh đạo Ban",
      "Các phòng thuộc Ban",
      "Lưu: VT, Thời"
    ]
  },
  "sections": [
    {
      "key": "I",
      "text": "1. Chi ủy chi bộ Ban Dân tộc đã phổ biến đến toàn thể Đảng viên trong Chi bộ và lãnh đạo việc tổ chức triển khai thực hiện Công văn số 246-CV/TU ngày 08/02/2021 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện công tác dân vận năm 2021, trọng tâm là \"Đẩy mạnh thực hiện Quy chế dân chủ ở cơ sở\".\n2. Thực hiện Kế hoạch số 38/KH-UBND ngày 04/3/2021 của UBND tỉnh về triển khai thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2021; Ban Dân tộc ban hành Kế hoạch số 150/KH-BDT ngày 18/3/2021 về thực hiện quy chế dân chủ ở cơ quan, đơn vị, cơ sở và công tác dân vận chính quyền năm 2021 tại Ban Dân tộc tỉnh, phân công nhiệm vụ cụ thể cho các Phòng thuộc Ban tham mưu triển khai thực hiện."
    },
    {
      "key": "II.1",
      "text": "Ban Dân tộc nghiêm túc tổ chức thực hiện \"mục tiêu kép\" vừa quyết liệt phòng, chống dịch Covid-19, vừa triển khai thực hiện nhiệm vụ chính trị của cơ quan:\n- Ban Dân tộc tỉnh chấp hành nghiêm quy định về phòng, chống dịch Covid-19 theo quy định của cấp có thẩm quyền, thực hiện tốt thông điệp 5K tại cơ quan Ban Dân tộc; quán triệt đến toàn thể Công chức, người lao động chấp hành tốt những quy định phòng chống dịch tại cơ quan, nơi công cộng và địa phương nơi cư trú; vì vậy, đến nay tất cả Công chức, người lao động cơ quan không ai bị F0.\n- Tổ chức triển khai, hướng dẫn các địa phương thực hiện các Chương trình, chính sách dân tộc, góp phần tăng trưởng kinh tế, thu nhập của người dân trong vùng, giảm tỷ lệ hộ nghèo ở vùng đồng bào DTTS và MN của tỉnh cụ thể:\n+ Thực hiện chính sách đối với người có uy tín trong đồng bào DTTS: Tổ chức Cung cấp thông tin cho người có uy tín trong đồng bào DTTS để thực hiện các nhiệm vụ như: Tuyên truyền, vận động người dân thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, đến nay các huyện đã tổ chức 12 lớp, có 720 lượt người có uy tín tham gia; Ban Dân tộc cấp đài radio, báo Dân tộc và Phát triển, báo Quảng Ngãi. Ban Dân tộc tổ chức 1 đoàn đại biểu có 42 người có uy tín đi tham quan, học tập ngoài tỉnh và huyện tổ chức 1 đoàn tham quan, học tập kinh nghiệm trong tỉnh, có 83 người có uy tín tham gia; Hỗ trợ vật chất, động viên tinh thần người có uy tín, lãnh đạo Ban Dân tộc, Phòng Dân tộc đã đến thăm 32 trường hợp người có uy tín ốm đau, qua đời; đây là công tác dân vận với việc làm cụ thể đã tác động hiệu quả rất lớn đến người có uy tín là “Cầu nối giữa Đảng, Nhà nước với nhân dân”;\n+ Thực hiện khắc phục sạt lở công trình dự án định canh, định cư tập trung Đồng Tranh, thôn Mai Lãnh Hạ, xã Long Mai, huyện Minh Long và hoàn chỉnh hồ sơ nghiệm thu hệ thống điện, hoàn thiện hồ sơ trình Sở Xây dựng chấp thuận nghiệm thu toàn bộ dự án để bàn giao cho địa phương khai thác sử dụng;\n+ Xây dựng kế hoạch thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025; tham mưu UBND tỉnh báo cáo UBNDT kết quả rà soát, phân định vùng đồng bào dân tộc thiểu số và miền núi theo trình độ phát triển giai đoạn 2021 - 2025 và đã được Thủ tướng Chính phủ và Bộ trưởng, Chủ nhiệm UBNDT phê duyệt danh sách các xã khu vực III, khu vực II, khu vực I và danh sách các thôn ĐBKK thuộc vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2025; tham mưu UBND tỉnh báo cáo UBNDT kết quả rà soát, xác định danh sách các dân tộc còn gặp nhiều khó khăn, có khó khăn đặc thù giai đoạn 2021–2025 trên địa bàn tỉnh và đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1227/QĐ-TTg ngày 14/7/2021.\n+ Phối hợp với Sở Tài chính trình UBND tỉnh phân bổ hơn 9 tỷ đồng cho các huyện đề cấp mắm, muối, dầu ăn, bột ngọt cho 196.878 khẩu/52.001 hộ; UBND các huyện đã tổ chức cấp phát kịp thời, đúng đối tượng, đảm bảo định mức và chất lượng các mặt hàng; đây là việc làm cụ thể của Đảng và Nhà nước tỉnh ta; qua đó, đồng bào đã nhận thức được sự quan tâm đặc biệt của hệ thống chính trị các cấp đến đời sống vật chất, tinh thần của đồng bào còn khó khăn, thiếu thốn."
    },
    {
      "key": "II.2",
      "text": "Ban Dân tộc có 02 thủ tục hành chính thuộc quyền quản lý liên quan chính sách người có uy tín; tuy nhiên, UBND tỉnh giao cơ quan cấp xã thực hiện (tại Quyết định số 375/QĐ-UBND ngày 22/3/2019 của UBND tỉnh)."
    },
    {
      "key": "II.3",
      "text": "Đầu năm, Ban Dân tộc ban hành Thông báo Lịch tiếp công dân định kỳ của người đứng đầu cơ quan và được niêm yết tại nơi quy định; trong kỳ, tại nơi tiếp công dân của cơ quan chưa có vụ việc nào phát sinh."
    },
    {
      "key": "II.4",
      "text": "Từ năm 2019, Ban Dân tộc ban hành Quyết định số 400/QĐ-BDT ngày 28/6/2019 về Quy tắc ứng xử, văn hóa công vụ của công chức, người lao động cơ quan Ban Dân tộc tỉnh Quảng Ngãi. Trong các cuộc họp chi bộ, cơ quan, chi ủy chi bộ, lãnh đạo cơ quan luôn lồng ghép, nhắc nhở đảng viên, CBCCC nâng cao đạo đức công vụ, tinh thần trách nhiệm, kỷ luật, kỷ cương, ý thức phục vụ Nhân dân được thực hiện nghiêm túc."
    },
    {
      "key": "II.5",
      "text": "Ban Dân tộc và Thường trực Mặt trận TQVN tỉnh đã ký kết Chương trình phối hợp; Ban Dân tộc tổ chức kiểm tra việc cấp hàng Tết, tổ chức đón tiếp đoàn đại biểu người có uy tín của huyện, đều có mời và được đại diện Thường trực Mặt trận TQVN tỉnh tham dự."
    },
    {
      "key": "II.6",
      "text": "Thực hiện Kế hoạch số 31-KH/TU ngày 16/3/2021 của Ban Thường vụ Tỉnh ủy về việc thực hiện phong trào thi đua \"Dân vận khéo\", giai đoạn 2021-2025 và Hướng dẫn số 08-HD/BDVTU ngày 19/4/2021 của Ban Dân vận Tỉnh ủy về xây dựng mô hình, điển hình \"Dân vận khéo\", giai đoạn 2021 – 2025; Ban Dân tộc tỉnh xây dựng 01 mô hình: Phát huy vai trò của người có uy tín trong đồng bào DTTS để tuyên truyền giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống và đã đăng ký với Ban Dân vận Tỉnh ủy. Trong thời gian quan, tình hình dịch Covid-19 trên địa bàn tỉnh diễn biến phức tạp, phải thực hiện dân cách xã hội nhiều đợt; thực hiện chủ trương của UBND tỉnh về cắt giảm các khoản kinh phí chi thường xuyên năm 2021 để tập trung cho việc chống dịch trên địa bàn tỉnh, Ban Dân tộc tỉnh đã thực hiện cắt giảm kinh phí để thực hiện nội dung về tuyên truyền, tập huấn cho người có uy tín và các thành phần liên quan phải về công tác giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống ở vùng đồng bào DTTS. Vì vậy, các hoạt động của mô hình dân vận khéo chưa được thực hiện đầy đủ."
    },
    {
      "key": "II.7",
      "text": "Ban Dân tộc phát huy tốt Quy chế dân chủ cơ sở, những vấn đề quan trọng trong cơ quan đều đưa ra bàn bạc, thảo luận, nhất là việc quy hoạch, bổ nhiệm cán bộ đều thực hiện nghiêm túc theo quy trình quy định; những nhiệm vụ cần phải công khai đã được công khai; hoạt động của Ban Thanh tra nhân dân được diễn ra bình thường, chưa có hoạt động nổi bật nào đáng kể."
    },
    {
      "key": "III.1",
      "text": "- Việc tăng cường công tác dân vận trong tình hình mới, được Chi ủy và lãnh đạo cơ quan quan tâm; do đó, nhận thức của mỗi cán bộ, đảng viên ngày càng nâng lên, ý thức trách nhiệm đối với việc phục vụ nhân dân và vận động nhân dân tham gia xây dựng chính quyền có nhiều chuyển biến tích cực.\n- Việc thực hiện nghiêm túc công tác “dân vận khéo” trong cơ quan, được cán bộ, đảng viên, công chức và người lao động nghiêm túc thực hiện; tạo được lòng tin trong nhân dân và chính quyền các cấp, Nhân dân tin tưởng vào các chủ trương, chính sách của Đảng, pháp luật của Nhà nước. Thực hiện tốt các chính sách dân tộc, nhất là chính sách đối với người có uy tín trong đồng bào DTTS nhằm phát huy vai trò, nhiệm vụ của người uy tín, thông qua người có uy tín để góp phần giữ vững an ninh, trật tự ở vùng đồng bào DTTS;\n- Quy chế dân chủ trong cơ quan được thực hiện tốt theo quy định tại Nghị định số 04/2015/NĐ-CP về quy định thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập."
    },
    {
      "key": "III.2",
      "text": "- Do ảnh hưởng của dịch Covid-19 trong thời gian qua nên một số hoạt động tuyên truyền, tập huấn ở vùng đồng bào DTTS nằm núi không triển khai thực hiện được đã ảnh hưởng kết quả thực hiện công tác dân tộc trong năm 2021.\n- Ở cơ quan: Việc thực hiện quy chế dân chủ chưa thể hiện trên tất cả CBCC, một bộ phận không tham gia góp ý, thảo luận; việc quán triệt, nâng cao nhận thức về công tác dân vận chính quyền trong CBCC chưa thật sự sâu sát; công tác phối hợp giữa Ban Dân tộc với Ban Dân vận Tỉnh ủy, Thường trực UBMT TQVN tỉnh chưa được thường xuyên, chưa thực hiện hết nội dung hai bên đã ký kết trong kế hoạch hành năm.\n- Ở địa phương: Ban Dân tộc chưa có mô hình dân vận nào rõ ràng, độc lập với các chương trình, chính sách dân tộc; vì hầu hết các chương trình, chính sách đều được giao về cho huyện, xã trực tiếp thực hiện; việc thực hiện công tác dân vận chủ yếu thông qua các hoạt động tuyên truyền, kiểm tra, giám sát ở địa phương; qua đó nắm bắt tâm tư, nguyện vọng của đồng bào DTTS để đề xuất cấp có thẩm quyền theo quy định. Công tác kiểm tra thực hiện dân vận chính quyền ở vùng đồng bào DTTS mới chỉ dừng ở việc đề nghị UBND các huyện báo cáo để tổng hợp báo cáo cơ quan có thẩm quyền."
    },
    {
      "key": "IV.1",
      "text": "- Tiếp tục nâng cao nhận thức, trách nhiệm của cơ quan, đơn vị, tổ chức công đoàn, nhất là người đứng đầu, về dân chủ và thực hành dân chủ: Đẩy mạnh công tác tuyên truyền, phổ biến, thực hiện các chủ trương của Đảng, pháp luật của Nhà nước.\n- Thực hiện nghiêm túc, đầy đủ việc phải công khai đề công chức, người lao động biết, nhất là những việc liên quan đến quyền, lợi ích chính đáng của công chức và người lao động như: Tuyển dụng, đào tạo, bồi dưỡng, bổ nhiệm, thay đổi vị trí làm việc; giải quyết chế độ, nâng bậc lương, nâng ngạch, đánh giá, xếp loại hàng năm; khen thưởng, kỷ luật, thôi việc, nghỉ hưu; kê khai tài sản, thu nhập; kết luận thanh tra; kết quả kiểm tra, giải quyết khiếu nại, tố cáo; các nội quy, quy chế của cơ quan...\n- Tổ chức tiếp công dân theo quy định của Luật Tiếp công dân, giải quyết kịp thời đơn thư khiếu nại, tố cáo của công chức, người lao động, người dân, không để tình trạng khiếu kiện kéo dài (nếu có).\n- Tăng cường hoạt động của Ban Thanh tra nhân dân, trọng tâm là tham gia ý kiến và thực hiện giám sát theo chức năng được quy định.\n- Tăng cường việc thực hiện quy chế dân chủ gắn với nhiệm vụ đổi mới, sắp xếp tổ chức bộ máy trong cơ quan tinh gọn, hoạt động hiệu lực, hiệu quả. Tổ chức hội nghị cán bộ, công chức, người lao động đảm bảo đúng quy định."
    },
    {
      "key": "IV.2",
      "text": "- Tiếp tục quán triệt sâu rộng đến công chức, người lao động về vị trí, vai trò của công tác dân vận chính quyền, trách nhiệm của người đứng đầu cơ quan đối với công tác dân vận; triển khai thực hiện Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX về công tác dân vận.\n- Triển khai thực hiện Quyết định số 396-QĐ/TU ngày 19/10/2021 của Ban Thường vụ Tỉnh ủy về việc ban hành Quy chế công tác dân vận của hệ thống chính trị tỉnh Quảng Ngãi.\n- Tiếp tục thực hiện công tác tuyên truyền, phổ biến, quán triệt, học tập các văn bản về công tác dân vận của Đảng, Nhà nước với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; vận động công chức, người lao động tích cực thực hiện tốt các phong trào thi đua \"Dân vận khéo\".\n- Tiếp tục thực hiện có hiệu quả các chương trình, chính sách dân tộc, nhất là chú trọng đến công tác tuyên truyền về công tác dân tộc, thực hiện chính sách dân tộc đối với vùng đồng bào DTTS và miền núi; triển khai thực hiện Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội về phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030 và Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào DTTS và miền núi giai đoạn 2021 – 2030.\n- Gắn thực hiện quy chế dân chủ ở cơ sở với nâng cao hiệu quả công tác dân vận chính quyền trong thực hiện việc lấy ý kiến cộng đồng dân cư trong vùng dự án trước khi quyết định chủ trương đầu tư theo chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 5451/UBND-CNXD ngày 10/9/2018.\n- Phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số trên địa bàn tỉnh.\n- Duy trì và nâng cao chất lượng làm việc định kỳ giữa chính quyền với tổ chức công đoàn để lắng nghe tình hình công chức, người lao động và tháo gỡ những khó khăn, vướng mắc trong công tác phối hợp.\n- Chủ động phối hợp thường xuyên với Ban Dân vận Tỉnh ủy, Thường trực UBMT TQVN tỉnh.\n- Chú trọng hơn nữa trong công tác vận động người dân mỗi khi có dịp được tiếp xúc, đối thoại trực tiếp; qua đó nắm bắt tâm tư, nguyện vọng của người dân để có phương pháp thiết thực vận động người dân hiệu quả hơn.\n- Thực hiện chế độ báo cáo định kỳ theo quy định."
    }
  ],
  "indicators": [
    {
      "code": "II.1.elder_info_classes",
      "value": 12
    },
    {
      "code": "II.1.elder_info_attendances",
      "value": 720
    },
    {
      "code": "II.1.study_tours_outside",
      "value": 1
    },
    {
      "code": "II.1.study_tour_participants_outside",
      "value": 42
    },
    {
      "code": "II.1.study_tours_inside",
      "value": 1
    },
    {
      "code": "II.1.study_tour_participants_inside",
      "value": 83
    },
    {
      "code": "II.1.elder_visits",
      "value": 32
    },
    {
      "code": "II.1.support_money",
      "value": 9000000000
    },
    {
      "code": "II.1.support_people",
      "value": 196878
    },
    {
      "code": "II.1.support_households",
      "value": 52001
    },
    {
      "code": "II.1.staff_infected_f0",
      "value": 0
    },
    {
      "code": "II.2.procedures_total",
      "value": 2
    },
    {
      "code": "II.3.receptions_periodic",
      "value": 0
    },
    {
      "code": "II.3.receptions_adhoc",
      "value": 0
    },
    {
      "code": "II.6.models",
      "value": 1
    },
    {
      "code": "II.6.has_model",
      "value": true
    }
  ]
}
JSON

ALREADY_SUBMITTED=""
api PUT "$API/rounds/DVCQ-2021/reports/BDT" "$AGENCY_TOKEN" "$WORK/report-bdt.json"
case "$STATUS" in
  200|201|204) say "  saved the draft (12 sections, 16 figures)" ;;
  409) [ "$(problem_code)" = REPORT_NOT_EDITABLE ] || unexpected "PUT /rounds/DVCQ-2021/reports/BDT"
       ALREADY_SUBMITTED=yes ;;
  *)   unexpected "PUT /rounds/DVCQ-2021/reports/BDT" ;;
esac

# Submitting sends the saved draft to SNV as a new version. The Idempotency-Key names this one
# submission: sending the same key again (a retry after a lost answer) gets the first answer back
# instead of a second version. Each new submission needs a new key: the same key after SNV returned
# the report is refused (IDEMPOTENCY_KEY_REUSED). Deriving the key from the ETag of the draft being
# submitted gives exactly that: a retry repeats it, an edited draft has a new one.
if [ -z "$ALREADY_SUBMITTED" ]; then
  DRAFT_ETAG=$(header ETag)
  api POST "$API/rounds/DVCQ-2021/reports/BDT/submit" "$AGENCY_TOKEN" - \
    "Idempotency-Key: demo-bdt-2021-$(printf '%s' "$DRAFT_ETAG" | tr -dc 'A-Za-z0-9-')" "If-Match: $DRAFT_ETAG"
  case "$STATUS" in
    200|201|202|204) say "  submitted to Sở Nội vụ" ;;
    409) [ "$(problem_code)" = INVALID_TRANSITION ] || unexpected "POST /rounds/DVCQ-2021/reports/BDT/submit"
         ALREADY_SUBMITTED=yes ;;
    *)   unexpected "POST /rounds/DVCQ-2021/reports/BDT/submit" ;;
  esac
fi
if [ -n "$ALREADY_SUBMITTED" ]; then
  say "  already submitted (or accepted) by an earlier run; left as it is"
fi

# ---------------------------------------------------------------------------------------------
# 4. What is there now, and where to look
# ---------------------------------------------------------------------------------------------
say "[4/4] The report as SNV sees it (GET as bob; section texts left out here)"
api GET "$API/rounds/DVCQ-2021/reports/BDT" "$BOB_TOKEN" -
[ "$STATUS" = 200 ] || unexpected "GET /rounds/DVCQ-2021/reports/BDT"
printf '%s\n' "$BODY" | pretty 'del(.sections)' | sed 's/^/  /'

cat <<DONE

Done: round DVCQ-2021 and Ban Dân tộc's report are loaded.
Look for yourself (tokens last a few minutes; get a fresh one with: source deploy/local/common.sh; token bob):
  curl -sS -H "Authorization: Bearer \$(token bob)" $API/rounds/DVCQ-2021/reports/BDT
  curl -sS -H "Authorization: Bearer \$(token bob)" $SUMMARY_URL
The provincial summary (aggregation-service): $SUMMARY_URL
DONE

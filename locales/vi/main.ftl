## Tiện ích Connected Care: tiếng Việt.
## Lời lẽ đơn giản, dễ đọc. Không bao giờ nói "quý vị hội đủ điều kiện".
## Mỗi khi nói đến trợ giúp 24/7, thêm câu về số 911.
## Khi cần nhóm chăm sóc gấp, nói "việc cần gấp"; "cấp cứu" và "khẩn cấp" là trường hợp phải gọi 911.

widget-label = Kiểm tra về dịch vụ quản lý chăm sóc bệnh mãn tính
close = Đóng

## Language menu

language-label = Ngôn ngữ
language-apply = Đổi ngôn ngữ
listen = Nghe đọc
language-load-failed = Xin lỗi, chúng tôi không tải được ngôn ngữ đó. Phần kiểm tra được hiện bằng tiếng Anh.
widget-broken = Xin lỗi, công cụ này đã ngừng hoạt động. Quý vị có thể đọc về quản lý chăm sóc bệnh mãn tính ở đây:
try-again = Thử lại

## Start screen

start-title = Dịch vụ quản lý chăm sóc bệnh mãn tính có thể giúp quý vị không?
start-what = Quản lý chăm sóc bệnh mãn tính (CCM) là một dịch vụ của Medicare. Dịch vụ này dành cho người có từ hai bệnh lâu dài trở lên. Một nhóm chăm sóc sẽ giúp quý vị giữa các lần đi khám.
start-how = Hãy trả lời khoảng 6 câu hỏi ngắn. Chúng tôi sẽ cho quý vị biết câu trả lời của quý vị có khớp với các quy định cơ bản của Medicare về CCM hay không, và quý vị nên hỏi nhà cung cấp dịch vụ chăm sóc sức khỏe điều gì.
start-privacy = Câu trả lời của quý vị chỉ ở trên màn hình này. Không có gì được lưu lại hay gửi đi.
start-button = Bắt đầu

## Moving between screens

progress = Câu hỏi { $current } trong số { $total }
back = Quay lại
continue = Tiếp tục
error-summary-title = Có vấn đề cần sửa
error-prefix = Lỗi:
error-choose-one = Hãy chọn một câu trả lời. Nếu quý vị không biết, hãy chọn “Tôi không chắc”.
error-choose-conditions = Hãy chọn các bệnh của quý vị, hoặc chọn “Không có bệnh nào kể trên” hoặc “Tôi không chắc”.

## Questions

question-medicare = Quý vị có Medicare không?
question-medicare-hint = Chương trình Medicare Advantage cũng được tính là Medicare.
question-part-b = Quý vị có loại Medicare nào?
question-part-b-hint = Hãy xem thẻ Medicare màu đỏ, trắng và xanh dương của quý vị. Nếu trên thẻ có ghi “MEDICAL (PART B)” kèm theo ngày bắt đầu, thì quý vị có Phần B.
question-medicaid = Quý vị có Medicaid không, hoặc có được tiểu bang giúp trả chi phí Medicare không?
question-medicaid-hint = Điều này có thể làm thay đổi số tiền quý vị phải trả.
question-conditions = Bác sĩ hoặc y tá đã cho quý vị biết là quý vị có những bệnh lâu dài nào?
question-conditions-hint = Bệnh lâu dài (bệnh mãn tính) là vấn đề sức khỏe kéo dài từ một năm trở lên, hoặc suốt đời. Hãy chọn tất cả các bệnh mà quý vị có.
question-lasting = Những bệnh này có khả năng kéo dài ít nhất một năm, hoặc suốt đời không?
question-lasting-hint = Hãy nghĩ đến những gì bác sĩ hoặc y tá đã nói với quý vị.
question-risk = Bác sĩ hoặc y tá có nói rằng những bệnh này có thể làm quý vị bệnh nặng hơn nhiều, làm cho việc hằng ngày khó hơn, hoặc đe dọa tính mạng của quý vị không?
question-risk-hint = Nếu chưa có ai nói với quý vị về điều này, hãy chọn “Tôi không chắc”.

## Answers

answer-yes = Có
answer-no = Không
answer-not-sure = Tôi không chắc
answer-part-b-medical = Phần B (Bảo hiểm Y tế)
answer-only-part-a = Chỉ có Phần A (Bảo hiểm Bệnh viện)
answer-advantage = Một chương trình Medicare Advantage
answer-no-conditions = Không có bệnh nào kể trên
answer-or = hoặc

condition-arthritis = Viêm khớp
condition-asthma = Hen suyễn
condition-atrial-fibrillation = Rung tâm nhĩ (AFib)
condition-autism = Tự kỷ
condition-cancer = Ung thư
condition-copd = COPD (một bệnh phổi lâu dài)
condition-dementia = Sa sút trí tuệ (mất trí nhớ)
condition-depression = Trầm cảm
condition-diabetes = Tiểu đường
condition-heart-disease = Bệnh tim hoặc suy tim
condition-high-blood-pressure = Huyết áp cao
condition-hiv = HIV
condition-osteoporosis = Loãng xương (xương yếu)
condition-kidney-disease = Bệnh thận
condition-other = Một bệnh lâu dài khác

## Check your answers

check-title = Kiểm tra câu trả lời của quý vị
check-intro = Quý vị có thể thay đổi câu trả lời trước khi xem kết quả.
change = Thay đổi
# Tên của nút cho trình đọc màn hình. Phải bắt đầu bằng chữ "Thay đổi".
change-label = Thay đổi câu trả lời cho câu hỏi: { $question }
check-submit = Xem kết quả của tôi
# $count là số bệnh đã được đánh dấu trong danh sách.
conditions-chosen = { $count ->
   *[other] Quý vị đã chọn { $count } bệnh:
}

## Result

result-caption = Kết quả của quý vị

outcome-likely-title = Câu trả lời của quý vị khớp với các quy định cơ bản của Medicare về CCM
outcome-likely-body = CCM có thể là một lựa chọn tốt cho quý vị. Hãy hỏi nhà cung cấp dịch vụ chăm sóc sức khỏe của quý vị về dịch vụ này.
outcome-possibly-title = CCM có thể phù hợp với quý vị
outcome-possibly-body = Quý vị chưa chắc về một vài câu trả lời. Không sao cả. Nhà cung cấp dịch vụ chăm sóc sức khỏe của quý vị có thể giúp quý vị tìm hiểu.
outcome-maybe-pcm-title = Hãy hỏi về dịch vụ quản lý chăm sóc cho một bệnh chính
outcome-maybe-pcm-body = CCM dành cho người có từ hai bệnh lâu dài trở lên. Với một bệnh lâu dài nghiêm trọng, Medicare có một dịch vụ gọi là quản lý chăm sóc cho một bệnh chính (PCM). Dịch vụ này cho quý vị một kế hoạch chăm sóc cho riêng bệnh đó.
outcome-check-coverage-title = Trước tiên, hãy tìm hiểu quý vị có loại Medicare nào
outcome-check-coverage-body = Medicare Phần B trả tiền cho CCM. Hãy xem thẻ Medicare màu đỏ, trắng và xanh dương của quý vị. Nếu trên thẻ có ghi “MEDICAL (PART B)” kèm theo ngày bắt đầu, thì quý vị có Phần B. Quý vị cũng có thể gọi 1‑800‑MEDICARE.
outcome-part-a-only-title = Medicare Phần B trả tiền cho CCM
outcome-part-a-only-body = Nếu chỉ có Phần A, Medicare không trả tiền cho CCM. Hãy gọi 1‑800‑MEDICARE để tìm hiểu về Phần B và cách để có Phần B.
outcome-not-medicare-title = CCM là một dịch vụ của Medicare
outcome-not-medicare-body = Nếu không có Medicare, quý vị không thể nhận CCM qua Medicare. Hãy hỏi công ty bảo hiểm sức khỏe của quý vị xem họ có giúp quản lý việc chăm sóc của quý vị giữa các lần đi khám không.
outcome-other-options-title = Câu trả lời của quý vị không khớp với các quy định cơ bản về CCM
outcome-other-options-body = Nhà cung cấp dịch vụ chăm sóc sức khỏe của quý vị có thể thấy khác, nên quý vị vẫn có thể hỏi. Các dịch vụ khác của Medicare có thể giúp quý vị.

other-services-title = Các dịch vụ khác mà quý vị có thể hỏi
other-service-transitional-care = Quản lý chăm sóc chuyển tiếp: giúp đỡ trong 30 ngày sau khi quý vị rời bệnh viện hoặc viện dưỡng lão.
other-service-remote-monitoring = Theo dõi bệnh nhân từ xa: một thiết bị ở nhà gửi các chỉ số, như huyết áp của quý vị, đến nhà cung cấp dịch vụ chăm sóc sức khỏe của quý vị.
other-service-behavioral-health = Kết hợp chăm sóc sức khỏe hành vi: nhà cung cấp dịch vụ chính của quý vị làm việc cùng các chuyên gia sức khỏe tâm thần.
other-service-advanced-primary-care = Quản lý chăm sóc chính nâng cao: một dịch vụ mới hơn của Medicare, có từ năm 2025.

ccm-gives-title = CCM có thể mang lại cho quý vị những gì
ccm-gives-team = Một người trong nhóm chăm sóc biết rõ quý vị và sức khỏe của quý vị.
ccm-gives-plan = Một kế hoạch chăm sóc được lập cùng với quý vị. Quý vị được nhận một bản sao.
ccm-gives-medicines = Giúp đỡ về thuốc men của quý vị.
ccm-gives-connect = Các bác sĩ, bác sĩ chuyên khoa, nhà thuốc, nơi xét nghiệm và bệnh viện của quý vị cùng làm việc với nhau.
ccm-gives-transitions = Giúp đỡ sau khi quý vị nằm bệnh viện, đi phòng cấp cứu hoặc ở viện dưỡng lão.
ccm-gives-urgent = Một cách để liên lạc với nhóm chăm sóc 24 giờ một ngày, 7 ngày một tuần, khi có việc cần gấp.
emergency-911 = Trong trường hợp cấp cứu, hãy gọi 911.

result-why-title = Tại sao quý vị thấy kết quả này
reason-medicare-yes = Quý vị nói rằng quý vị có Medicare.
reason-medicare-no = Quý vị nói rằng quý vị không có Medicare.
reason-medicare-not-sure = Quý vị không chắc mình có Medicare hay không.
reason-part-b-part-b-medical = Quý vị nói rằng quý vị có Phần B (Bảo hiểm Y tế).
reason-part-b-advantage = Quý vị nói rằng quý vị có một chương trình Medicare Advantage. Các chương trình này phải bao trả những gì Phần B bao trả.
reason-part-b-only-part-a = Quý vị nói rằng quý vị chỉ có Phần A (Bảo hiểm Bệnh viện).
reason-part-b-not-sure = Quý vị không chắc mình có loại Medicare nào.
reason-conditions-no-conditions = Quý vị nói rằng chưa có bác sĩ hoặc y tá nào cho quý vị biết về một bệnh lâu dài.
reason-conditions-one-condition = Quý vị đã chọn một bệnh lâu dài.
reason-conditions-two-or-more-conditions = Quý vị đã chọn từ hai bệnh lâu dài trở lên.
reason-conditions-not-sure = Quý vị không chắc mình có những bệnh lâu dài nào.
reason-lasting-yes = Quý vị nói rằng các bệnh này có khả năng kéo dài từ một năm trở lên, hoặc suốt đời.
reason-lasting-no = Quý vị nói rằng các bệnh này không có khả năng kéo dài từ một năm trở lên.
reason-lasting-not-sure = Quý vị không chắc các bệnh này sẽ kéo dài bao lâu.
reason-risk-yes = Quý vị nói rằng các bệnh này có thể làm quý vị bệnh nặng hơn nhiều, làm cho việc hằng ngày khó hơn, hoặc đe dọa tính mạng của quý vị.
reason-risk-no = Quý vị nói rằng chưa có ai cho quý vị biết các bệnh này gây nguy hiểm nghiêm trọng cho quý vị.
reason-risk-not-sure = Quý vị không chắc các bệnh này gây nguy hiểm đến mức nào.

result-notes-title = Điều nên biết
note-cost-original-medicare = Chi phí: sau khi quý vị trả khoản khấu trừ Phần B hằng năm, quý vị thường trả 20% chi phí. Khoản này được gọi là khoản đồng bảo hiểm. Chương trình Medigap (Bảo hiểm Bổ sung Medicare) có thể trả một phần hoặc toàn bộ phần tiền của quý vị.
note-cost-advantage-plan = Chi phí: Các chương trình Medicare Advantage phải bao trả CCM, nhưng số tiền quý vị trả và những nhà cung cấp dịch vụ mà quý vị được dùng có thể khác. Hãy gọi cho chương trình của quý vị để hỏi.
note-cost-medicaid = Hầu hết những người có cả Medicare và Medicaid không phải trả gì cho CCM. Nếu quý vị tham gia chương trình Người Thụ hưởng Medicare Hội đủ Điều kiện (QMB), các nhà cung cấp dịch vụ không được tính tiền quý vị cho khoản khấu trừ hoặc khoản đồng bảo hiểm của Medicare.
note-asks-first = Nhà cung cấp dịch vụ chăm sóc sức khỏe phải xin sự đồng ý của quý vị trước khi bắt đầu CCM. Quý vị có thể đồng ý bằng lời nói hoặc bằng văn bản. Quý vị có thể ngừng bất cứ lúc nào.
note-visit-first = Nếu quý vị là bệnh nhân mới của nhà cung cấp dịch vụ, hoặc chưa gặp họ trong năm vừa qua, quý vị có thể cần đến khám tại phòng khám trước.
note-one-provider-a-month = Mỗi tháng, chỉ một nhà cung cấp dịch vụ được cung cấp CCM cho quý vị.

result-ask-title = Những câu quý vị có thể hỏi
ask-do-i-qualify = CCM có phù hợp với tôi không? Tại sao có hoặc tại sao không?
ask-who-is-my-team = Tôi sẽ làm việc với ai trong nhóm chăm sóc? Làm sao để liên lạc với họ vào ban đêm hoặc cuối tuần?
ask-care-plan-copy = Tôi có được nhận một bản sao kế hoạch chăm sóc của tôi không?
ask-what-will-i-pay = Mỗi tháng tôi sẽ phải trả bao nhiêu? Bảo hiểm khác của tôi có trả phần tiền của tôi không?
ask-visit-first = Tôi có cần đi khám trước không?
ask-how-to-stop = Nếu tôi muốn ngừng thì phải làm sao?
ask-principal-care-fit = Dịch vụ quản lý chăm sóc cho một bệnh chính có thể giúp cho bệnh của tôi không?
ask-other-services = Có dịch vụ nào khác có thể giúp tôi không?
ask-which-medicare = Tôi có những Phần nào của Medicare?
ask-how-to-get-part-b = Làm sao để tôi có Medicare Phần B?
ask-insurer-coordination = Chương trình bảo hiểm của tôi có giúp người có bệnh lâu dài quản lý việc chăm sóc của họ không?

result-provider-decides = Chỉ có nhà cung cấp dịch vụ chăm sóc sức khỏe của quý vị mới có thể quyết định CCM có phù hợp với quý vị hay không.
result-contact = Để được giúp về CCM, xin liên lạc:
result-helpline = Có câu hỏi về Medicare? Hãy gọi 1‑800‑MEDICARE (1‑800‑633‑4227). TTY: 1‑877‑486‑2048.
result-learn-more = Tìm hiểu thêm về CCM:
result-learn-more-link = go.cms.gov/CCM
result-print = In hoặc lưu
start-over = Làm lại từ đầu

## "Kết nối mọi thứ lại với nhau": phần giải thích ngắn về những gì CCM làm, từng bước một.
## Hình bên cạnh mỗi bước chỉ để trang trí: lời của mỗi bước đã nói đủ mọi điều.

explainer-open = CCM là gì?
explainer-caption = Kết nối mọi thứ lại với nhau
explainer-progress = Bước { $current } trong số { $total }
explainer-last-step = Đây là bước cuối cùng.
explainer-previous = Bước trước
explainer-next = Bước tiếp theo
explainer-start-check = Bắt đầu phần kiểm tra
explainer-back-to-result = Quay lại kết quả của quý vị

# Nhãn trong hình. Giữ mỗi nhãn thật ngắn: một hoặc hai từ.
place-you = Quý vị
place-care-team = Nhóm chăm sóc
place-two-or-more = 2+
place-main-doctor = Bác sĩ chính
place-specialists = Chuyên khoa
place-pharmacy = Nhà thuốc
place-testing-center = Xét nghiệm
place-hospital = Bệnh viện

explainer-common-title = Nhiều người có hơn một vấn đề sức khỏe
explainer-common-body = Bệnh lâu dài (bệnh mãn tính) là vấn đề sức khỏe kéo dài từ một năm trở lên, hoặc suốt đời. Tiểu đường và huyết áp cao là hai bệnh như vậy. Cứ 3 người có Medicare thì khoảng 2 người có từ hai bệnh lâu dài trở lên.

explainer-places-title = Quý vị có thể được chăm sóc ở nhiều nơi
explainer-places-body = Quý vị có thể đi khám bác sĩ chính và các bác sĩ khác, gọi là bác sĩ chuyên khoa. Quý vị cũng có thể đến nhà thuốc, nơi xét nghiệm và bệnh viện. Những nơi này không phải lúc nào cũng trao đổi với nhau.

explainer-team-title = CCM kết nối những nơi này bằng một nhóm chăm sóc
explainer-team-body = Với dịch vụ quản lý chăm sóc bệnh mãn tính (CCM), một nhóm chăm sóc giúp kết nối mọi thứ lại với nhau. Một người trong nhóm sẽ dần biết rõ quý vị. Họ giúp các bác sĩ, nhà thuốc, nơi xét nghiệm và bệnh viện của quý vị cùng làm việc với nhau.

explainer-plan-title = Một kế hoạch chăm sóc được lập cùng với quý vị
explainer-plan-body = Quý vị và nhóm chăm sóc của quý vị cùng nhau lập một kế hoạch. Kế hoạch này ghi các vấn đề sức khỏe, mục tiêu, thuốc men và các bác sĩ khác của quý vị. Quý vị được nhận một bản sao.

explainer-help-title = Giúp đỡ giữa các lần đi khám
explainer-help-body = Quý vị không cần phải đợi đến lần đi khám tới. Quý vị có thể liên lạc với nhóm chăm sóc của quý vị bất cứ lúc nào, ngày hay đêm, khi có việc cần gấp.

explainer-medicines-title = Giúp đỡ về thuốc men và khi nằm bệnh viện
explainer-medicines-body = Nhóm chăm sóc cùng quý vị xem lại tất cả các thuốc của quý vị, để các thuốc dùng chung với nhau được tốt. Sau khi quý vị nằm bệnh viện, đi phòng cấp cứu hoặc ở viện dưỡng lão, họ giúp quý vị lo những việc tiếp theo. Họ cũng có thể kết nối quý vị với sự giúp đỡ tại nhà và ở nơi quý vị sống.

explainer-cost-title = Ai có thể nhận CCM, và chi phí ra sao
explainer-cost-body = CCM là một phần của Medicare Phần B. Dịch vụ này dành cho người có từ hai bệnh lâu dài trở lên, và các bệnh này có thể làm họ bệnh nặng hơn nhiều. Các chương trình Medicare Advantage cũng bao trả CCM.
explainer-cost-share = Sau khi quý vị trả khoản khấu trừ Phần B hằng năm, quý vị thường trả 20% chi phí. Chương trình Medigap (Bảo hiểm Bổ sung Medicare) hoặc Medicaid có thể trả một phần hoặc toàn bộ phần tiền của quý vị.
explainer-cost-consent = Nhà cung cấp dịch vụ chăm sóc sức khỏe của quý vị phải xin sự đồng ý của quý vị trước. Quý vị có thể ngừng bất cứ lúc nào.

explainer-next-title = Bước tiếp theo của quý vị
explainer-next-body = Hãy trả lời một vài câu hỏi ngắn. Quý vị sẽ biết câu trả lời của quý vị có khớp với các quy định cơ bản của Medicare về CCM hay không, và quý vị nên hỏi điều gì. Chỉ có nhà cung cấp dịch vụ chăm sóc sức khỏe của quý vị mới có thể quyết định CCM có phù hợp với quý vị hay không.

## Ki-ốt: một máy tính bảng dùng chung trong phòng chờ, lần lượt từng bệnh nhân.

kiosk-touch-to-start = Chạm vào để bắt đầu
kiosk-choose-language = Chọn ngôn ngữ của quý vị
kiosk-done = Tôi đã xong
kiosk-larger-text = Chữ to hơn
idle-title = Quý vị còn ở đây không?
# $seconds đếm ngược về 0, mỗi giây một lần.
idle-body = { $seconds ->
   *[other] Để giữ kín câu trả lời của quý vị, màn hình này sẽ được xóa sau { $seconds } giây.
}
idle-continue = Tôi vẫn còn đây

## Ki-ốt: mã QR để mang thông tin về nhà trên điện thoại, và trang mà mã QR
## của một kết quả sẽ mở ra. Mã QR chỉ chứa kết quả và ngôn ngữ.

qr-link = Hãy quét bằng camera điện thoại của quý vị để mở đường dẫn này.
qr-result-title = Mang theo kết quả này
qr-result = Hãy quét bằng camera điện thoại của quý vị để xem kết quả này trên điện thoại. Câu trả lời của quý vị không có trong đó.
# Tên của hình mã QR cho trình đọc màn hình. $address là một địa chỉ trang web.
qr-label = Mã QR cho { $address }
shared-caption = Kết quả của quý vị từ máy tính bảng
shared-note = Trang này cho thấy kết quả của phần kiểm tra mà quý vị đã làm. Câu trả lời của quý vị không được lưu lại hay gửi đi.
shared-take-check = Làm lại phần kiểm tra

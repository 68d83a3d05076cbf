## Connected Care widget: Traditional Chinese (zh-Hant), translated from English.
## Terms follow US Medicare's Traditional Chinese materials: 聯邦醫療保險 (Medicare), 醫療補助 (Medicaid; its nickname 白卡 in brackets),
## 醫院保險 (Part A). Urgent needs are 需要盡快處理的事; 緊急 is kept for the 911 line (emergency).
## Never say "you qualify". Wherever 24/7 help is mentioned, add the 911 line.

widget-label = 慢性病護理管理檢查
close = 關閉

## Language menu

language-label = 語言
language-apply = 變更語言
listen = 朗讀
language-load-failed = 抱歉，我們無法載入這種語言。檢查內容會用英文顯示。
widget-broken = 抱歉，這個工具停止運作了。您可以在這裡閱讀慢性病護理管理的資訊：
try-again = 再試一次

## Start screen

start-title = 慢性病護理管理能幫助您嗎？
start-what = 慢性病護理管理（CCM）是聯邦醫療保險（Medicare）的一項服務。它是為有兩種或以上長期病症的人而設的。在兩次看診之間，會有一個護理團隊幫助您。
start-how = 請回答大約 6 個簡短的問題。我們會告訴您，您的答案是否符合聯邦醫療保險對 CCM 的基本規定，以及您可以問醫療服務提供者哪些問題。
start-privacy = 您的答案只留在這個畫面上。不會儲存，也不會傳送出去。
start-button = 開始

## Moving between screens

progress = 第 { $current } 題，共 { $total } 題
back = 返回
continue = 繼續
error-summary-title = 出現了問題
error-prefix = 錯誤：
error-choose-one = 請選擇一個答案。如果您不知道，請選「我不確定」。
error-choose-conditions = 請選擇您的病症，或選「以上都沒有」或「我不確定」。

## Questions

question-medicare = 您有聯邦醫療保險（Medicare）嗎？
question-medicare-hint = 聯邦醫療保險優先計劃（Medicare Advantage）也算是聯邦醫療保險。
question-part-b = 您有哪一種聯邦醫療保險（Medicare）？
question-part-b-hint = 請看您紅、白、藍三色的聯邦醫療保險卡。如果卡上印有「MEDICAL (PART B)」和開始日期，您就有 B 部分（Part B）。
question-medicaid = 您是否也有醫療補助（Medicaid，俗稱白卡），或州政府幫您支付聯邦醫療保險的費用？
question-medicaid-hint = 這可能會改變您要付的費用。
question-conditions = 醫生或護士告訴過您，您有哪些長期病症？
question-conditions-hint = 長期（慢性）病症是指持續一年或更久，或一輩子都有的健康問題。請選出您有的所有病症。
question-lasting = 這些病症預計會持續至少一年，或一輩子都有嗎？
question-lasting-hint = 想一想您的醫生或護士跟您說過什麼。
question-risk = 醫生或護士是否說過，這些病症可能讓您病得更重、讓日常生活更困難，或危及您的生命？
question-risk-hint = 如果沒有人跟您談過這件事，請選「我不確定」。

## Answers

answer-yes = 是
answer-no = 否
answer-not-sure = 我不確定
answer-part-b-medical = B 部分（醫療保險）
answer-only-part-a = 只有 A 部分（醫院保險）
answer-advantage = 聯邦醫療保險優先計劃（Medicare Advantage）
answer-no-conditions = 以上都沒有
answer-or = 或

condition-arthritis = 關節炎
condition-asthma = 哮喘
condition-atrial-fibrillation = 心房顫動（AFib）
condition-autism = 自閉症
condition-cancer = 癌症
condition-copd = 慢性阻塞性肺病（COPD，一種長期肺病）
condition-dementia = 失智症
condition-depression = 抑鬱症
condition-diabetes = 糖尿病
condition-heart-disease = 心臟病或心臟衰竭
condition-high-blood-pressure = 高血壓
condition-hiv = 愛滋病毒（HIV）
condition-osteoporosis = 骨質疏鬆症（骨頭變脆弱）
condition-kidney-disease = 腎臟病
condition-other = 其他長期病症

## Check your answers

check-title = 檢查您的答案
check-intro = 在看結果之前，您可以修改答案。
change = 修改
# The button's name for screen readers. Keep the word for "Change" first.
change-label = 修改您對這個問題的答案：{ $question }
check-submit = 查看我的結果
# $count is how many conditions were ticked on the checklist.
conditions-chosen = { $count ->
   *[other] 您選了 { $count } 種病症：
}

## Result

result-caption = 您的結果

outcome-likely-title = 您的答案符合聯邦醫療保險（Medicare）對 CCM 的基本規定
outcome-likely-body = CCM 可能很適合您。請向您的醫療服務提供者詢問。
outcome-possibly-title = CCM 可能適合您
outcome-possibly-body = 有些問題您不確定。這沒關係。您的醫療服務提供者可以幫您弄清楚。
outcome-maybe-pcm-title = 可以問問主要疾病護理管理（PCM）
outcome-maybe-pcm-body = CCM 是為有兩種或以上長期病症的人而設的。如果您有一種嚴重的長期病症，聯邦醫療保險（Medicare）有一項服務叫做主要疾病護理管理（PCM）。它會為這一種病症給您一份護理計劃。
outcome-check-coverage-title = 首先，請弄清楚您有哪一種聯邦醫療保險（Medicare）
outcome-check-coverage-body = 聯邦醫療保險 B 部分（Part B）會支付 CCM 的費用。請看您紅、白、藍三色的聯邦醫療保險卡。如果卡上印有「MEDICAL (PART B)」和開始日期，您就有 B 部分。您也可以打電話到 1‑800‑MEDICARE。
outcome-part-a-only-title = 聯邦醫療保險（Medicare）B 部分會支付 CCM 的費用
outcome-part-a-only-body = 如果只有 A 部分，聯邦醫療保險不會支付 CCM 的費用。請打電話到 1‑800‑MEDICARE，了解 B 部分以及怎樣取得。
outcome-not-medicare-title = CCM 是聯邦醫療保險（Medicare）的服務
outcome-not-medicare-body = 如果沒有聯邦醫療保險，您就無法透過聯邦醫療保險得到 CCM。請問問您自己的健康保險，看看有沒有服務可以在兩次看診之間幫您管理護理。
outcome-other-options-title = 您的答案不符合 CCM 的基本規定
outcome-other-options-body = 您的醫療服務提供者可能有不同的看法，所以您還是可以問問看。其他聯邦醫療保險（Medicare）服務也可能幫到您。

other-services-title = 可以詢問的其他服務
other-service-transitional-care = 過渡期護理管理：在您離開醫院或療養院後的 30 天內幫助您。
other-service-remote-monitoring = 遠距病人監測：家裡的儀器會把您的測量數值（例如血壓）傳給您的醫療服務提供者。
other-service-behavioral-health = 行為健康整合服務：您的主要醫療服務提供者會和心理健康專家一起合作。
other-service-advanced-primary-care = 進階初級保健管理：聯邦醫療保險的一項較新服務，從 2025 年開始提供。

ccm-gives-title = CCM 可以為您提供什麼
ccm-gives-team = 一位了解您和您健康狀況的護理團隊成員。
ccm-gives-plan = 一份和您一起訂立的護理計劃。您會拿到一份副本。
ccm-gives-medicines = 幫助您管理藥物。
ccm-gives-connect = 讓您的醫生、專科醫生、藥房、檢驗和醫院互相配合。
ccm-gives-transitions = 在您住過醫院、去過急診室或住過療養院之後幫助您。
ccm-gives-urgent = 有需要盡快處理的事情時，一天 24 小時、一週 7 天都能聯絡到您的護理團隊。
emergency-911 = 如遇緊急情況，請撥打 911。

result-why-title = 為什麼您會看到這個結果
reason-medicare-yes = 您說您有聯邦醫療保險。
reason-medicare-no = 您說您沒有聯邦醫療保險。
reason-medicare-not-sure = 您不確定自己有沒有聯邦醫療保險。
reason-part-b-part-b-medical = 您說您有 B 部分（醫療保險）。
reason-part-b-advantage = 您說您有聯邦醫療保險優先計劃（Medicare Advantage）。這些計劃必須承保 B 部分承保的服務。
reason-part-b-only-part-a = 您說您只有 A 部分（醫院保險）。
reason-part-b-not-sure = 您不確定自己有哪一種聯邦醫療保險。
reason-conditions-no-conditions = 您說沒有醫生或護士告訴過您有長期病症。
reason-conditions-one-condition = 您選了一種長期病症。
reason-conditions-two-or-more-conditions = 您選了兩種或以上的長期病症。
reason-conditions-not-sure = 您不確定自己有哪些長期病症。
reason-lasting-yes = 您說這些病症預計會持續一年或更久，或一輩子都有。
reason-lasting-no = 您說這些病症預計不會持續一年或更久。
reason-lasting-not-sure = 您不確定這些病症會持續多久。
reason-risk-yes = 您說這些病症可能讓您病得更重、讓日常生活更困難，或危及您的生命。
reason-risk-no = 您說沒有人告訴過您，這些病症會讓您有嚴重的風險。
reason-risk-not-sure = 您不確定這些病症會帶來多大的風險。

result-notes-title = 您應該知道的事
note-cost-original-medicare = 費用：在您付完每年的 B 部分自付額之後，您通常要支付費用的 20%。這叫做共同保險。聯邦醫療保險補充保險（Medigap）可能會支付您應付的部分或全部費用。
note-cost-advantage-plan = 費用：聯邦醫療保險優先計劃（Medicare Advantage）必須承保 CCM，但您要付的費用和可以看的醫療服務提供者可能會不同。請打電話問您的計劃。
note-cost-medicaid = 大多數同時有聯邦醫療保險和醫療補助（Medicaid，俗稱白卡）的人，使用 CCM 不用付錢。如果您參加了合格聯邦醫療保險受益人（QMB）計劃，醫療服務提供者不可以向您收取聯邦醫療保險的自付額或共同保險。
note-asks-first = 在開始 CCM 之前，您的醫療服務提供者必須先得到您的同意。您可以口頭或書面同意。您隨時都可以停止。
note-visit-first = 如果您是這位醫療服務提供者的新病人，或過去一年沒有看過他們，您可能需要先到診所看診一次。
note-one-provider-a-month = 每個月只能有一位醫療服務提供者為您提供 CCM。

result-ask-title = 您可以問的問題
ask-do-i-qualify = CCM 適合我嗎？為什麼適合或不適合？
ask-who-is-my-team = 我會和護理團隊中的哪一位合作？晚上或週末要怎樣聯絡他們？
ask-care-plan-copy = 我會拿到一份護理計劃的副本嗎？
ask-what-will-i-pay = 我每個月要付多少錢？我的其他保險會支付我應付的部分嗎？
ask-visit-first = 我需要先看診一次嗎？
ask-how-to-stop = 如果我想停止，要怎樣做？
ask-principal-care-fit = 主要疾病護理管理能幫助我的病症嗎？
ask-other-services = 還有其他服務能幫助我嗎？
ask-which-medicare = 我有聯邦醫療保險的哪些部分？
ask-how-to-get-part-b = 我要怎樣才能取得聯邦醫療保險 B 部分？
ask-insurer-coordination = 我的保險計劃會幫助有長期病症的人管理他們的護理嗎？

result-provider-decides = 只有您的醫療服務提供者才能決定 CCM 是否適合您。
result-contact = 如需 CCM 方面的協助，請聯絡：
result-helpline = 對聯邦醫療保險有疑問嗎？請撥打 1‑800‑MEDICARE（1‑800‑633‑4227）。TTY 聽障專線：1‑877‑486‑2048。
result-learn-more = 進一步了解 CCM：
result-learn-more-link = go.cms.gov/CCM
result-print = 列印或儲存
start-over = 重新開始

## 「把各方連結起來」：簡短說明 CCM 做什麼，一步一步介紹。
## 每一步旁邊的圖只是裝飾：每一步的文字已經說明了全部內容。

explainer-open = 什麼是 CCM？
explainer-caption = 把各方連結起來
explainer-progress = 第 { $current } 步，共 { $total } 步
explainer-last-step = 這是最後一個步驟。
explainer-previous = 上一步
explainer-next = 下一步
explainer-start-check = 開始檢查
explainer-back-to-result = 返回您的結果

# 圖中的標籤。每一個都要簡短：一到兩個詞。
place-you = 您
place-care-team = 護理團隊
place-two-or-more = 2+
place-main-doctor = 主要醫生
place-specialists = 專科醫生
place-pharmacy = 藥房
place-testing-center = 檢驗
place-hospital = 醫院

explainer-common-title = 很多人有不只一種健康問題
explainer-common-body = 長期（慢性）病症是指持續一年或更久，或一輩子都有的健康問題。糖尿病和高血壓就是其中兩種。有聯邦醫療保險（Medicare）的人當中，大約每 3 人就有 2 人有兩種或以上的長期病症。

explainer-places-title = 您可能會在很多地方接受護理
explainer-places-body = 您可能會看您的主要醫生，也會看其他醫生，叫做專科醫生。您也可能會去藥房、做檢驗的地方和醫院。這些地方不一定會互相溝通。

explainer-team-title = CCM 用一個護理團隊把它們連結起來
explainer-team-body = 有了慢性病護理管理（CCM），會有一個護理團隊幫助把各方連結起來。團隊中會有一位成員來了解您。他們會幫助您的醫生、藥房、檢驗和醫院互相配合。

explainer-plan-title = 一份和您一起訂立的護理計劃
explainer-plan-body = 您和您的護理團隊會一起訂立一份計劃。計劃上會列出您的健康問題、您的目標、您的藥物和您的其他醫生。您會拿到一份副本。

explainer-help-title = 在兩次看診之間幫助您
explainer-help-body = 您不用等到下次看診。有需要盡快處理的事情時，不論白天或晚上，您隨時都可以聯絡您的護理團隊。

explainer-medicines-title = 在藥物和住院方面幫助您
explainer-medicines-body = 您的護理團隊會和您一起檢查您所有的藥物，讓這些藥物一起使用時效果良好。在您住過醫院、去過急診室或住過療養院之後，他們會幫助您處理接下來的事。他們也可以幫您找到在家裡和在您社區裡可以得到的協助。

explainer-cost-title = 誰可以得到 CCM，以及費用是多少
explainer-cost-body = CCM 屬於聯邦醫療保險（Medicare）B 部分（Part B）。它是為有兩種或以上長期病症的人而設的，這些病症可能讓他們病得重很多。聯邦醫療保險優先計劃（Medicare Advantage）也會承保 CCM。
explainer-cost-share = 在您付完每年的 B 部分自付額之後，您通常要支付費用的 20%。聯邦醫療保險補充保險（Medigap）或醫療補助（Medicaid，俗稱白卡）可能會支付您應付的部分或全部費用。
explainer-cost-consent = 您的醫療服務提供者必須先得到您的同意。您隨時都可以停止。

explainer-next-title = 您的下一步
explainer-next-body = 請回答幾個簡短的問題。您會看到您的答案是否符合聯邦醫療保險（Medicare）對 CCM 的基本規定，以及您可以問哪些問題。只有您的醫療服務提供者才能決定 CCM 是否適合您。

## 資訊站：候診室裡一台共用的平板電腦，病人一個接一個使用。

kiosk-touch-to-start = 輕觸螢幕開始
kiosk-choose-language = 請選擇您的語言
kiosk-done = 我完成了
kiosk-larger-text = 放大文字
idle-title = 您還在嗎？
# $seconds 每秒減一，倒數到 0。
idle-body = { $seconds ->
   *[other] 為了讓您的答案保密，這個畫面會在 { $seconds } 秒後清除。
}
idle-continue = 我還在這裡

## 資訊站：用 QR 碼把內容帶回家，存在手機上；以及結果的 QR 碼打開的網頁。
## QR 碼裡只有結果和語言。

qr-link = 請用手機相機掃描，打開這個連結。
qr-result-title = 把這個結果帶走
qr-result = 請用手機相機掃描，就可以在手機上看到這個結果。裡面沒有您的答案。
# QR 碼圖片給螢幕閱讀器讀的名稱。$address 是網址。
qr-label = { $address } 的 QR 碼
shared-caption = 您在平板電腦上的結果
shared-note = 這個網頁顯示您做過的檢查的結果。您的答案沒有儲存，也沒有傳送出去。
shared-take-check = 再做一次檢查

## Connected Care widget: Korean (한국어).
## Terms follow US Medicare Korean materials (메디케어, 메디케이드, 파트 B).
## Never say "you qualify". Wherever 24/7 help is mentioned, add the 911 line.
## The reader is addressed with honorific verbs and no pronoun; where one is needed, 환자분 (not 나, 내 or 여러분).

widget-label = 만성 질환 관리 확인
close = 닫기

## Language menu

language-label = 언어
language-apply = 언어 변경
listen = 듣기
language-load-failed = 죄송합니다. 이 언어를 불러오지 못했습니다. 영어로 보여 드립니다.
widget-broken = 죄송합니다. 이 도구가 작동을 멈췄습니다. 만성 질환 관리에 대해 여기에서 읽어 보세요:
try-again = 다시 시도

## Start screen

start-title = 만성 질환 관리가 도움이 될까요?
start-what = 만성 질환 관리(CCM)는 메디케어(Medicare) 서비스입니다. 오래가는 건강 문제가 두 가지 이상 있는 분을 위한 것입니다. 진료와 진료 사이에 케어 팀이 도와 드립니다.
start-how = 짧은 질문 6개 정도에 답해 주세요. 답변이 CCM에 대한 메디케어의 기본 규칙에 맞는지 알려 드립니다. 담당 의료진에게 무엇을 물어보면 좋을지도 알려 드립니다.
start-privacy = 답변은 이 화면에만 남습니다. 아무것도 저장하거나 보내지 않습니다.
start-button = 시작

## Moving between screens

progress = 질문 { $total }개 중 { $current }번째
back = 뒤로
continue = 계속
error-summary-title = 문제가 있습니다
error-prefix = 오류:
error-choose-one = 답을 하나 고르세요. 잘 모르시면 “잘 모르겠습니다”를 고르세요.
error-choose-conditions = 해당하는 질환을 고르세요. 또는 “해당 없음”이나 “잘 모르겠습니다”를 고르세요.

## Questions

question-medicare = 메디케어(Medicare)에 가입되어 있으신가요?
question-medicare-hint = 메디케어 어드밴티지 플랜도 메디케어에 들어갑니다.
question-part-b = 어떤 메디케어에 가입되어 있으신가요?
question-part-b-hint = 빨간색, 흰색, 파란색으로 된 메디케어 카드를 보세요. 카드에 “MEDICAL (PART B)”와 시작 날짜가 있으면 파트 B에 가입되어 있는 것입니다.
question-medicaid = 메디케어 외에 메디케이드(Medicaid)도 있으시거나, 주 정부에서 메디케어 비용을 지원받고 계신가요?
question-medicaid-hint = 이에 따라 내시는 비용이 달라질 수 있습니다.
question-conditions = 의사나 간호사가 어떤 만성 질환이 있다고 말해 주었나요?
question-conditions-hint = 만성 질환은 1년 이상, 또는 평생 계속되는 건강 문제입니다. 있는 것을 모두 고르세요.
question-lasting = 이 질환들이 적어도 1년 이상, 또는 평생 계속될 것으로 보이나요?
question-lasting-hint = 의사나 간호사가 해 준 말을 떠올려 보세요.
question-risk = 의사나 간호사가 이 질환들 때문에 훨씬 더 아프게 되거나, 일상생활이 더 힘들어지거나, 생명이 위험해질 수 있다고 말했나요?
question-risk-hint = 이에 대해 아무도 말해 주지 않았다면 “잘 모르겠습니다”를 고르세요.

## Answers

answer-yes = 예
answer-no = 아니요
answer-not-sure = 잘 모르겠습니다
answer-part-b-medical = 파트 B (의료 보험)
answer-only-part-a = 파트 A (병원 보험)만 있음
answer-advantage = 메디케어 어드밴티지 플랜
answer-no-conditions = 해당 없음
answer-or = 또는

condition-arthritis = 관절염
condition-asthma = 천식
condition-atrial-fibrillation = 심방세동(AFib)
condition-autism = 자폐증
condition-cancer = 암
condition-copd = COPD (오래가는 폐 질환)
condition-dementia = 치매
condition-depression = 우울증
condition-diabetes = 당뇨병
condition-heart-disease = 심장병 또는 심부전
condition-high-blood-pressure = 고혈압
condition-hiv = HIV
condition-osteoporosis = 골다공증 (뼈가 약해지는 병)
condition-kidney-disease = 신장병(콩팥병)
condition-other = 그 밖의 만성 질환

## Check your answers

check-title = 답변 확인
check-intro = 결과를 보기 전에 답변을 고칠 수 있습니다.
change = 수정
# The button's name for screen readers. Keep the word for "Change" first.
change-label = 수정 – 다음 질문의 답변: { $question }
check-submit = 결과 보기
# $count is how many conditions were ticked on the checklist.
conditions-chosen = { $count ->
   *[other] 고르신 질환 { $count }개:
}

## Result

result-caption = 결과

outcome-likely-title = 답변이 CCM에 대한 메디케어의 기본 규칙에 맞습니다
outcome-likely-body = CCM이 잘 맞을 수 있습니다. 담당 의료진에게 물어보세요.
outcome-possibly-title = CCM이 맞을 수도 있습니다
outcome-possibly-body = 잘 모르시는 답이 있었습니다. 괜찮습니다. 담당 의료진이 알아보도록 도와 드릴 수 있습니다.
outcome-maybe-pcm-title = 주요 질환 관리에 대해 물어보세요
outcome-maybe-pcm-body = CCM은 만성 질환이 두 가지 이상 있는 분을 위한 것입니다. 심각한 만성 질환이 한 가지 있는 분을 위해 메디케어에는 주요 질환 관리(PCM)라는 서비스가 있습니다. 그 한 가지 질환에 맞춘 관리 계획을 세워 드립니다.
outcome-check-coverage-title = 먼저 어떤 메디케어에 가입되어 있는지 알아보세요
outcome-check-coverage-body = CCM 비용은 메디케어 파트 B에서 냅니다. 빨간색, 흰색, 파란색으로 된 메디케어 카드를 보세요. 카드에 “MEDICAL (PART B)”와 시작 날짜가 있으면 파트 B에 가입되어 있는 것입니다. 1‑800‑MEDICARE로 전화하셔도 됩니다.
outcome-part-a-only-title = CCM 비용은 메디케어 파트 B에서 냅니다
outcome-part-a-only-body = 파트 A만 있으면 메디케어에서 CCM 비용을 내지 않습니다. 파트 B에 대해, 그리고 가입하는 방법을 알아보려면 1‑800‑MEDICARE로 전화하세요.
outcome-not-medicare-title = CCM은 메디케어 서비스입니다
outcome-not-medicare-body = 메디케어가 없으면 메디케어를 통해 CCM을 받을 수 없습니다. 지금 가지고 계신 건강 보험에 진료와 진료 사이에 건강 관리를 도와주는 서비스가 있는지 물어보세요.
outcome-other-options-title = 답변이 CCM의 기본 규칙에 맞지 않습니다
outcome-other-options-body = 담당 의료진은 다르게 볼 수도 있으니, 그래도 물어보셔도 됩니다. 다른 메디케어 서비스가 도움이 될 수 있습니다.

other-services-title = 물어볼 만한 다른 서비스
other-service-transitional-care = 퇴원 후 돌봄 관리: 병원이나 요양원에서 나온 뒤 30일 동안 도움을 드립니다.
other-service-remote-monitoring = 원격 환자 모니터링: 집에 있는 기기가 혈압 같은 측정값을 담당 의료진에게 보냅니다.
other-service-behavioral-health = 정신 건강 통합 돌봄: 주치의가 정신 건강 전문가와 함께 환자를 돌봅니다.
other-service-advanced-primary-care = 강화된 일차 진료 관리: 2025년부터 시작된 새로운 메디케어 서비스입니다.

ccm-gives-title = CCM으로 받을 수 있는 도움
ccm-gives-team = 환자분과 환자분의 건강 상태를 잘 아는 케어 팀원.
ccm-gives-plan = 환자분과 함께 세우는 관리 계획. 사본을 받으실 수 있습니다.
ccm-gives-medicines = 드시는 약을 관리하는 데 필요한 도움.
ccm-gives-connect = 의사, 전문의, 약국, 검사 기관, 병원이 서로 협력합니다.
ccm-gives-transitions = 병원, 응급실, 요양원에 있다가 나온 뒤 받는 도움.
ccm-gives-urgent = 급한 일이 있을 때 하루 24시간, 주 7일 케어 팀에 연락할 수 있는 방법.
emergency-911 = 응급 상황에서는 911에 전화하세요.

result-why-title = 이 결과가 나온 이유
reason-medicare-yes = 메디케어에 가입되어 있다고 답하셨습니다.
reason-medicare-no = 메디케어에 가입되어 있지 않다고 답하셨습니다.
reason-medicare-not-sure = 메디케어에 가입되어 있는지 잘 모르겠다고 답하셨습니다.
reason-part-b-part-b-medical = 파트 B (의료 보험)에 가입되어 있다고 답하셨습니다.
reason-part-b-advantage = 메디케어 어드밴티지 플랜에 가입되어 있다고 답하셨습니다. 이 플랜은 파트 B가 보장하는 것을 반드시 보장해야 합니다.
reason-part-b-only-part-a = 파트 A (병원 보험)만 있다고 답하셨습니다.
reason-part-b-not-sure = 어떤 메디케어에 가입되어 있는지 잘 모르겠다고 답하셨습니다.
reason-conditions-no-conditions = 의사나 간호사에게서 만성 질환이 있다는 말을 들은 적이 없다고 답하셨습니다.
reason-conditions-one-condition = 만성 질환을 한 가지 고르셨습니다.
reason-conditions-two-or-more-conditions = 만성 질환을 두 가지 이상 고르셨습니다.
reason-conditions-not-sure = 어떤 만성 질환이 있는지 잘 모르겠다고 답하셨습니다.
reason-lasting-yes = 이 질환들이 1년 이상, 또는 평생 계속될 것으로 보인다고 답하셨습니다.
reason-lasting-no = 이 질환들이 1년 이상 계속되지는 않을 것으로 보인다고 답하셨습니다.
reason-lasting-not-sure = 이 질환들이 얼마나 오래 계속될지 잘 모르겠다고 답하셨습니다.
reason-risk-yes = 이 질환들 때문에 훨씬 더 아프게 되거나, 일상생활이 더 힘들어지거나, 생명이 위험해질 수 있다고 답하셨습니다.
reason-risk-no = 이 질환들이 심각한 위험이 된다는 말을 들은 적이 없다고 답하셨습니다.
reason-risk-not-sure = 이 질환들이 얼마나 위험한지 잘 모르겠다고 답하셨습니다.

result-notes-title = 알아 두면 좋은 점
note-cost-original-medicare = 비용: 매년 내는 파트 B 공제액을 낸 뒤에는 보통 비용의 20%를 내십니다. 이것을 공동보험이라고 합니다. 메디갭(메디케어 보충 보험) 플랜이 내실 몫의 일부나 전부를 내 줄 수도 있습니다.
note-cost-advantage-plan = 비용: 메디케어 어드밴티지 플랜은 CCM을 반드시 보장해야 합니다. 하지만 내시는 비용과 이용할 수 있는 의료진은 다를 수 있습니다. 가입한 플랜에 전화해서 물어보세요.
note-cost-medicaid = 메디케어와 메디케이드가 모두 있는 분은 대부분 CCM 비용을 내지 않습니다. 적격 메디케어 수혜자(QMB) 프로그램에 가입되어 있다면, 의료진은 메디케어 공제액이나 공동보험을 청구하면 안 됩니다.
note-asks-first = CCM을 시작하기 전에 담당 의료진은 반드시 동의를 구해야 합니다. 말로 하거나 서면으로 동의하실 수 있습니다. 언제든지 그만두실 수 있습니다.
note-visit-first = 그 의료진에게 처음 가시거나 지난 1년 동안 진료를 받지 않으셨다면, 먼저 진료실에 방문하셔야 할 수 있습니다.
note-one-provider-a-month = CCM은 한 달에 한 의료진에게서만 받을 수 있습니다.

result-ask-title = 물어볼 수 있는 질문
ask-do-i-qualify = CCM이 저에게 맞나요? 왜 맞거나 맞지 않나요?
ask-who-is-my-team = 케어 팀에서 누구와 함께하게 되나요? 밤이나 주말에는 어떻게 연락하나요?
ask-care-plan-copy = 제 관리 계획 사본을 받을 수 있나요?
ask-what-will-i-pay = 매달 얼마를 내게 되나요? 제가 가진 다른 보험에서 제 몫을 내 주나요?
ask-visit-first = 먼저 진료를 받아야 하나요?
ask-how-to-stop = 그만두고 싶으면 어떻게 하나요?
ask-principal-care-fit = 주요 질환 관리가 제 질환에 도움이 될까요?
ask-other-services = 저에게 도움이 될 만한 다른 서비스가 있나요?
ask-which-medicare = 저는 메디케어의 어떤 파트에 가입되어 있나요?
ask-how-to-get-part-b = 메디케어 파트 B에는 어떻게 가입하나요?
ask-insurer-coordination = 제 플랜에 만성 질환이 있는 사람의 건강 관리를 도와주는 서비스가 있나요?

result-provider-decides = CCM이 맞는지는 담당 의료진만 결정할 수 있습니다.
result-contact = CCM에 대해 도움이 필요하면 연락하세요:
result-helpline = 메디케어에 대해 궁금한 점이 있으신가요? 1‑800‑MEDICARE (1‑800‑633‑4227)로 전화하세요. TTY: 1‑877‑486‑2048.
result-learn-more = CCM에 대해 더 알아보기:
result-learn-more-link = go.cms.gov/CCM
result-print = 인쇄 또는 저장
start-over = 처음부터 다시 하기

## "Connecting the dots": a short explainer of what CCM does, step by step.
## The picture beside each step is decorative: each step's text says all of it.

explainer-open = CCM이란 무엇인가요?
explainer-caption = 서로 이어 주기
explainer-progress = { $total }단계 중 { $current }단계
explainer-last-step = 마지막 단계입니다.
explainer-previous = 이전
explainer-next = 다음
explainer-start-check = 확인 시작하기
explainer-back-to-result = 결과로 돌아가기

# Labels in the picture. Keep each one short: one or two words.
place-you = 환자분
place-care-team = 케어 팀
place-two-or-more = 2+
place-main-doctor = 주치의
place-specialists = 전문의
place-pharmacy = 약국
place-testing-center = 검사
place-hospital = 병원

explainer-common-title = 건강 문제가 두 가지 이상 있는 분이 많습니다
explainer-common-body = 오래가는 건강 문제(만성 질환)는 1년 이상, 또는 평생 계속됩니다. 당뇨병과 고혈압이 그 예입니다. 메디케어가 있는 분 3명 중 약 2명은 만성 질환이 두 가지 이상 있습니다.

explainer-places-title = 여러 곳에서 진료를 받고 계실 수 있습니다
explainer-places-body = 주치의와 다른 의사들에게 진료를 받으실 수 있습니다. 다른 의사들은 전문의라고 합니다. 약국, 검사를 받는 곳, 병원에도 가실 수 있습니다. 이런 곳들이 늘 서로 연락하는 것은 아닙니다.

explainer-team-title = CCM에서는 한 케어 팀이 이곳들을 이어 줍니다
explainer-team-body = 만성 질환 관리(CCM)에서는 한 케어 팀이 여러 곳을 서로 이어 줍니다. 케어 팀원 한 사람이 환자분을 잘 알게 됩니다. 이 팀원은 의사, 약국, 검사 기관, 병원이 서로 협력하도록 도와 드립니다.

explainer-plan-title = 환자분과 함께 세우는 관리 계획
explainer-plan-body = 케어 팀과 함께 관리 계획을 세우십니다. 계획에는 건강 문제, 목표, 드시는 약, 다른 의사들이 적혀 있습니다. 사본을 받으십니다.

explainer-help-title = 진료와 진료 사이의 도움
explainer-help-body = 다음 진료까지 기다리지 않으셔도 됩니다. 급한 일이 있을 때는 밤이든 낮이든 언제든지 케어 팀에 연락하실 수 있습니다.

explainer-medicines-title = 약과 병원 입원에 대한 도움
explainer-medicines-body = 케어 팀이 드시는 약을 모두 함께 확인해서, 약들이 서로 잘 맞도록 합니다. 병원, 응급실, 요양원에 있다가 나오신 뒤에는 그다음 일을 도와 드립니다. 집과 사는 지역에서 받을 수 있는 도움도 연결해 드릴 수 있습니다.

explainer-cost-title = CCM을 받을 수 있는 분과 비용
explainer-cost-body = CCM은 메디케어 파트 B에 들어가는 서비스입니다. 오래가는 건강 문제가 두 가지 이상 있고, 그 때문에 훨씬 더 아프게 될 수 있는 분을 위한 것입니다. 메디케어 어드밴티지 플랜도 CCM을 보장합니다.
explainer-cost-share = 매년 내는 파트 B 공제액을 낸 뒤에는 보통 비용의 20%를 내십니다. 메디갭(메디케어 보충 보험)이나 메디케이드가 내실 몫의 일부나 전부를 내 줄 수도 있습니다.
explainer-cost-consent = 담당 의료진은 먼저 반드시 동의를 구해야 합니다. 언제든지 그만두실 수 있습니다.

explainer-next-title = 다음 단계
explainer-next-body = 짧은 질문 몇 개에 답해 주세요. 답변이 CCM에 대한 메디케어의 기본 규칙에 맞는지, 그리고 무엇을 물어보면 좋을지 알려 드립니다. CCM이 맞는지는 담당 의료진만 결정할 수 있습니다.

## Kiosk: a shared tablet in a waiting room, one patient after another.

kiosk-touch-to-start = 화면을 눌러 시작하세요
kiosk-choose-language = 언어를 고르세요
kiosk-done = 다 했습니다
kiosk-larger-text = 글자 크게
idle-title = 아직 계신가요?
# $seconds counts down to 0, once a second.
idle-body = { $seconds ->
   *[other] 다른 사람이 답변을 볼 수 없도록 { $seconds }초 뒤에 이 화면이 지워집니다.
}
idle-continue = 아직 여기 있습니다

## Kiosk: QR codes to take things home on a phone, and the page a result's
## QR code opens. The QR code holds only the result and the language.

qr-link = 휴대폰 카메라로 스캔해서 이 링크를 여세요.
qr-result-title = 이 결과를 가져가세요
qr-result = 휴대폰 카메라로 스캔하면 휴대폰에서 이 결과를 보실 수 있습니다. 답변은 들어 있지 않습니다.
# The accessible name of a QR code picture. $address is a web address.
qr-label = { $address }용 QR 코드
shared-caption = 태블릿에서 나온 결과
shared-note = 이 페이지는 하신 확인의 결과를 보여 줍니다. 답변은 저장하거나 보내지 않았습니다.
shared-take-check = 확인 다시 하기

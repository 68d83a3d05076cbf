## Connected Care widget: English (the source language).
## Facts come from docs/ccm-sources.md. Plain words, 6th-grade reading level.
## Never say "you qualify". Wherever 24/7 help is mentioned, add the 911 line.

widget-label = Chronic care management check
close = Close

## Language menu

language-label = Language
language-apply = Change language
# The button that reads the screen aloud (pressed while it reads). One short
# word, as on other sites' read-aloud buttons: it shares a row with the
# language menu.
listen = Listen
language-load-failed = Sorry, we could not load that language. The check is shown in English.
widget-broken = Sorry, this tool stopped working. You can read about chronic care management here:
# The way out when the check does not load (web/loader/way-out.js; not in the app).
try-again = Try again

## Start screen

start-title = Could chronic care management help you?
start-what = Chronic care management (CCM) is a Medicare service. It is for people with two or more long-term health conditions. A care team helps you between visits.
start-how = Answer about 6 short questions. We will tell you if your answers match Medicare's basic rules for CCM, and what to ask your provider.
start-privacy = Your answers stay on this screen. Nothing is saved or sent.
start-button = Start

## Moving between screens

progress = Question { $current } of { $total }
back = Back
continue = Continue
error-summary-title = There is a problem
error-prefix = Error:
error-choose-one = Choose an answer. If you do not know, choose “I’m not sure”.
error-choose-conditions = Choose your conditions, or choose “None of these” or “I’m not sure”.

## Questions

question-medicare = Do you have Medicare?
question-medicare-hint = A Medicare Advantage plan counts as Medicare.
question-part-b = Which Medicare do you have?
question-part-b-hint = Look at your red, white and blue Medicare card. If it shows “MEDICAL (PART B)” with a start date, you have Part B.
question-medicaid = Do you also have Medicaid, or help from your state to pay Medicare costs?
question-medicaid-hint = This can change what you pay.
question-conditions = Which long-term health conditions has a doctor or nurse told you about?
question-conditions-hint = A long-term (chronic) condition is a health problem that lasts a year or more, or for life. Choose all that you have.
question-lasting = Are these conditions expected to last at least a year, or for the rest of your life?
question-lasting-hint = Think about what your doctor or nurse has told you.
question-risk = Has a doctor or nurse said these conditions could make you much sicker, make daily tasks harder, or put your life at risk?
question-risk-hint = If no one has talked with you about this, choose “I’m not sure”.

## Answers

answer-yes = Yes
answer-no = No
answer-not-sure = I’m not sure
answer-part-b-medical = Part B (medical insurance)
answer-only-part-a = Only Part A (hospital insurance)
answer-advantage = A Medicare Advantage plan
answer-no-conditions = None of these
answer-or = or

condition-arthritis = Arthritis
condition-asthma = Asthma
condition-atrial-fibrillation = Atrial fibrillation (AFib)
condition-autism = Autism
condition-cancer = Cancer
condition-copd = COPD (a long-term lung disease)
condition-dementia = Dementia
condition-depression = Depression
condition-diabetes = Diabetes
condition-heart-disease = Heart disease or heart failure
condition-high-blood-pressure = High blood pressure
condition-hiv = HIV
condition-osteoporosis = Osteoporosis (weak bones)
condition-kidney-disease = Kidney disease
condition-other = Another long-term condition

## Check your answers

check-title = Check your answers
check-intro = You can change an answer before you see your result.
change = Change
# The button's name for screen readers. Keep the word for "Change" first.
change-label = Change your answer to: { $question }
check-submit = See my result
# $count is how many conditions were ticked on the checklist.
conditions-chosen = { $count ->
    [one] You chose { $count } condition:
   *[other] You chose { $count } conditions:
}

## Result

result-caption = Your result

outcome-likely-title = Your answers match Medicare’s basic rules for CCM
outcome-likely-body = CCM could be a good fit for you. Ask your provider about it.
outcome-possibly-title = CCM may be right for you
outcome-possibly-body = You were not sure about some answers. That is OK. Your provider can help you find out.
outcome-maybe-pcm-title = Ask about principal care management
outcome-maybe-pcm-body = CCM is for people with two or more long-term conditions. For one serious long-term condition, Medicare has a service called principal care management (PCM). It gives you a care plan for that one condition.
outcome-check-coverage-title = First, find out which Medicare you have
outcome-check-coverage-body = Medicare Part B pays for CCM. Look at your red, white and blue Medicare card. If it shows “MEDICAL (PART B)” with a start date, you have Part B. You can also call 1‑800‑MEDICARE.
outcome-part-a-only-title = Medicare Part B pays for CCM
outcome-part-a-only-body = With only Part A, Medicare does not pay for CCM. Call 1‑800‑MEDICARE to learn about Part B and how to get it.
outcome-not-medicare-title = CCM is a Medicare service
outcome-not-medicare-body = Without Medicare, you cannot get CCM through Medicare. Ask your own health insurance if it has help to manage your care between visits.
outcome-other-options-title = Your answers do not match the basic rules for CCM
outcome-other-options-body = Your provider may see it differently, so you can still ask. Other Medicare services may help you.

other-services-title = Other services to ask about
other-service-transitional-care = Transitional care management: help in the 30 days after you leave a hospital or nursing home.
other-service-remote-monitoring = Remote patient monitoring: a device at home sends readings, like your blood pressure, to your provider.
other-service-behavioral-health = Behavioral health integration: your main provider works with mental health experts.
other-service-advanced-primary-care = Advanced primary care management: a newer Medicare service, since 2025.

ccm-gives-title = What CCM can give you
ccm-gives-team = A care team member who knows you and your health.
ccm-gives-plan = A care plan made with you. You get a copy.
ccm-gives-medicines = Help with your medicines.
ccm-gives-connect = Your doctors, specialists, pharmacy, tests and hospital working together.
ccm-gives-transitions = Help after a stay in a hospital, emergency room or nursing home.
ccm-gives-urgent = A way to reach your care team 24 hours a day, 7 days a week, for urgent needs.
emergency-911 = In an emergency, call 911.

result-why-title = Why you see this result
reason-medicare-yes = You said you have Medicare.
reason-medicare-no = You said you do not have Medicare.
reason-medicare-not-sure = You were not sure if you have Medicare.
reason-part-b-part-b-medical = You said you have Part B (medical insurance).
reason-part-b-advantage = You said you have a Medicare Advantage plan. These plans must cover what Part B covers.
reason-part-b-only-part-a = You said you have only Part A (hospital insurance).
reason-part-b-not-sure = You were not sure which Medicare you have.
reason-conditions-no-conditions = You said no doctor or nurse has told you about a long-term condition.
reason-conditions-one-condition = You chose one long-term condition.
reason-conditions-two-or-more-conditions = You chose two or more long-term conditions.
reason-conditions-not-sure = You were not sure which long-term conditions you have.
reason-lasting-yes = You said they are expected to last a year or more, or for life.
reason-lasting-no = You said they are not expected to last a year or more.
reason-lasting-not-sure = You were not sure how long they will last.
reason-risk-yes = You said they could make you much sicker, make daily tasks harder, or put your life at risk.
reason-risk-no = You said no one has told you they put you at serious risk.
reason-risk-not-sure = You were not sure how much risk they bring.

result-notes-title = Good to know
note-cost-original-medicare = Cost: after you pay your yearly Part B deductible, you usually pay 20% of the cost. This is called coinsurance. A Medigap (Medicare Supplement) plan may pay some or all of your share.
note-cost-advantage-plan = Cost: Medicare Advantage plans must cover CCM, but what you pay and which providers you can use may be different. Call your plan to ask.
note-cost-medicaid = Most people with both Medicare and Medicaid pay nothing for CCM. If you are in the Qualified Medicare Beneficiary (QMB) program, providers must not bill you for Medicare deductibles or coinsurance.
note-asks-first = Your provider must ask for your OK before CCM starts. You can say yes out loud or in writing. You can stop at any time.
note-visit-first = If you are new to the provider, or have not seen them in the past year, you may need an office visit first.
note-one-provider-a-month = Only one provider can give you CCM each month.

result-ask-title = Questions you can ask
ask-do-i-qualify = Is CCM right for me? Why or why not?
ask-who-is-my-team = Who on my care team will I work with? How do I reach them at night or on weekends?
ask-care-plan-copy = Will I get a copy of my care plan?
ask-what-will-i-pay = What will I pay each month? Will my other coverage pay my share?
ask-visit-first = Do I need a visit first?
ask-how-to-stop = How do I stop if I want to?
ask-principal-care-fit = Could principal care management help with my condition?
ask-other-services = Are there other services that could help me?
ask-which-medicare = Which parts of Medicare do I have?
ask-how-to-get-part-b = How can I get Medicare Part B?
ask-insurer-coordination = Does my plan help people with long-term conditions manage their care?

result-provider-decides = Only your health care provider can decide if CCM is right for you.
result-contact = For help with CCM, contact:
result-helpline = Questions about Medicare? Call 1‑800‑MEDICARE (1‑800‑633‑4227). TTY: 1‑877‑486‑2048.
result-learn-more = Learn more about CCM:
result-learn-more-link = go.cms.gov/CCM
# Opens the browser's print dialog, which can also save a PDF.
result-print = Print or save
start-over = Start over

## "Connecting the dots": a short explainer of what CCM does, step by step.
## The picture beside each step is decorative: each step's text says all of it.

explainer-open = What is CCM?
explainer-caption = Connecting the dots
explainer-progress = Step { $current } of { $total }
explainer-last-step = This is the last step.
explainer-previous = Previous
explainer-next = Next
explainer-start-check = Start the check
explainer-back-to-result = Back to your result

# Labels in the picture. Keep each one short: one or two words.
place-you = You
place-care-team = Care team
# Beside the patient in the first step: two or more conditions.
place-two-or-more = 2+
place-main-doctor = Main doctor
place-specialists = Specialists
place-pharmacy = Pharmacy
place-testing-center = Tests
place-hospital = Hospital

explainer-common-title = Many people have more than one health problem
explainer-common-body = A long-term (chronic) health condition lasts a year or more, or for life. Diabetes and high blood pressure are two of them. About 2 in 3 people with Medicare have two or more.

explainer-places-title = You may get care in many places
explainer-places-body = You may see your main doctor and other doctors, called specialists. You may also go to a pharmacy, a place for tests, and a hospital. These places do not always talk to each other.

explainer-team-title = CCM links them with one care team
explainer-team-body = With chronic care management (CCM), one care team helps connect the dots. A person on the team gets to know you. They help your doctors, pharmacy, tests and hospital work together.

explainer-plan-title = A care plan made with you
explainer-plan-body = You and your care team make a plan together. It lists your health problems, your goals, your medicines and your other doctors. You get a copy.

explainer-help-title = Help between visits
explainer-help-body = You do not have to wait for your next visit. You can reach your care team at any time, day or night, for urgent needs.

explainer-medicines-title = Help with medicines and hospital stays
explainer-medicines-body = Your care team checks all your medicines with you, so they work well together. After a stay in a hospital, emergency room or nursing home, they help you with what comes next. They can also link you to help at home and in your town.

explainer-cost-title = Who can get CCM, and what it costs
explainer-cost-body = CCM is part of Medicare Part B. It is for people with two or more long-term health conditions that could make them much sicker. Medicare Advantage plans cover it too.
explainer-cost-share = You usually pay 20% of the cost, after your yearly Part B deductible. Medigap or Medicaid may pay some or all of your share.
explainer-cost-consent = Your provider must ask for your OK first. You can stop at any time.

explainer-next-title = Your next step
explainer-next-body = Answer a few short questions. You will see if your answers match Medicare’s basic rules for CCM, and what to ask. Only your provider can decide if CCM is right for you.

## Kiosk: a shared tablet in a waiting room, one patient after another.

kiosk-touch-to-start = Touch to start
kiosk-choose-language = Choose your language
kiosk-done = I’m done
# A button that makes all the text bigger (pressed while it is on).
kiosk-larger-text = Larger text
idle-title = Are you still there?
# $seconds counts down to 0, once a second.
idle-body = { $seconds ->
    [one] To keep your answers private, this screen will clear in { $seconds } second.
   *[other] To keep your answers private, this screen will clear in { $seconds } seconds.
}
idle-continue = I’m still here

## Kiosk: QR codes to take things home on a phone, and the page a result's
## QR code opens. The QR code holds only the result and the language.

qr-link = Scan with your phone camera to open this link.
qr-result-title = Take this result with you
qr-result = Scan with your phone camera to see this result on your phone. Your answers are not in it.
# The accessible name of a QR code picture. $address is a web address.
qr-label = QR code for { $address }
shared-caption = Your result from the tablet
shared-note = This page shows the result of the check you did. Your answers were not saved or sent.
shared-take-check = Take the check again

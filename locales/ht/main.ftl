## Connected Care widget: Kreyòl ayisyen (Haitian Creole).
## Tradui soti nan locales/en/main.ftl. Mo senp, nivo 6yèm ane.
## Pa janm di "ou kalifye". Chak kote nou pale de èd 24/7, mete liy 911 la.
## "Ijans" se pou liy 911 la sèlman; pou bezwen ekip swen an, di "bezwen ki prese".
## Premye fwa nou di "franchiz" nan yon mesaj, mete mo angle a tou: franchiz (deductible).

widget-label = Verifikasyon jesyon swen maladi kwonik
close = Fèmen

## Language menu

language-label = Lang
language-apply = Chanje lang
listen = Koute
language-load-failed = Nou regrèt, nou pa t kapab chaje lang sa a. Verifikasyon an parèt an angle.
widget-broken = Nou regrèt, zouti sa a sispann mache. Ou ka li sou jesyon swen maladi kwonik isit la:
try-again = Eseye ankò

## Start screen

start-title = Èske jesyon swen maladi kwonik ka ede w?
start-what = Jesyon swen maladi kwonik (CCM) se yon sèvis Medicare. Li fèt pou moun ki gen de maladi oswa plis ki dire lontan. Yon ekip swen ede w ant vizit yo.
start-how = Reponn anviwon 6 ti kesyon. N ap di w si repons ou yo koresponn ak règ debaz Medicare yo pou CCM, ak sa pou w mande founisè swen sante ou.
start-privacy = Repons ou yo rete sou ekran sa a sèlman. Nou pa anrejistre ni voye anyen.
start-button = Kòmanse

## Moving between screens

progress = Kesyon { $current } sou { $total }
back = Retounen
continue = Kontinye
error-summary-title = Gen yon pwoblèm
error-prefix = Erè:
error-choose-one = Chwazi yon repons. Si w pa konnen, chwazi “Mwen pa sèten”.
error-choose-conditions = Chwazi maladi ou yo, oswa chwazi “Okenn nan yo” oswa “Mwen pa sèten”.

## Questions

question-medicare = Èske w gen Medicare?
question-medicare-hint = Yon plan Medicare Advantage konte kòm Medicare.
question-part-b = Ki kalite Medicare ou genyen?
question-part-b-hint = Gade kat Medicare ou a ki wouj, blan ak ble. Si li make “MEDICAL (PART B)” ak yon dat kòmansman, ou gen Pati B.
question-medicaid = Èske w gen Medicaid tou, oswa èd nan men eta w la pou peye frè Medicare yo?
question-medicaid-hint = Sa ka chanje sa w ap peye.
question-conditions = Ki maladi ki dire lontan yon doktè oswa yon enfimyè te di w ou genyen?
question-conditions-hint = Yon maladi ki dire lontan (maladi kwonik) se yon pwoblèm sante ki dire yon ane oswa plis, oswa pou tout lavi. Chwazi tout sa ou genyen.
question-lasting = Èske yo panse maladi sa yo ap dire omwen yon ane, oswa pou rès lavi w?
question-lasting-hint = Reflechi sou sa doktè oswa enfimyè w la te di w.
question-risk = Èske yon doktè oswa yon enfimyè te di w maladi sa yo ka fè w vin pi malad anpil, fè travay chak jou yo vin pi difisil, oswa mete lavi w an danje?
question-risk-hint = Si pèsonn pa t pale avè w sou sa, chwazi “Mwen pa sèten”.

## Answers

answer-yes = Wi
answer-no = Non
answer-not-sure = Mwen pa sèten
answer-part-b-medical = Pati B (asirans medikal)
answer-only-part-a = Sèlman Pati A (asirans lopital)
answer-advantage = Yon plan Medicare Advantage
answer-no-conditions = Okenn nan yo
answer-or = oswa

condition-arthritis = Atrit
condition-asthma = Opresyon (astm)
condition-atrial-fibrillation = Fibrilasyon atriyal (AFib)
condition-autism = Otis
condition-cancer = Kansè
condition-copd = COPD (yon maladi poumon ki dire lontan)
condition-dementia = Demans
condition-depression = Depresyon
condition-diabetes = Dyabèt
condition-heart-disease = Maladi kè oswa ensifizans kadyak
condition-high-blood-pressure = Tansyon wo
condition-hiv = VIH (HIV)
condition-osteoporosis = Osteyopowoz (zo fèb)
condition-kidney-disease = Maladi ren
condition-other = Yon lòt maladi ki dire lontan

## Check your answers

check-title = Verifye repons ou yo
check-intro = Ou ka chanje yon repons anvan ou wè rezilta w la.
change = Chanje
# Non bouton an pou lektè ekran. Mo "Chanje" a dwe rete an premye.
change-label = Chanje repons ou pou: { $question }
check-submit = Wè rezilta mwen
# $count se kantite maladi moun nan make nan lis la.
conditions-chosen = { $count ->
    [one] Ou chwazi { $count } maladi:
   *[other] Ou chwazi { $count } maladi:
}

## Result

result-caption = Rezilta ou

outcome-likely-title = Repons ou yo koresponn ak règ debaz Medicare yo pou CCM
outcome-likely-body = CCM ta ka bon pou ou. Mande founisè swen sante ou sou li.
outcome-possibly-title = CCM ka bon pou ou
outcome-possibly-body = Ou pa t sèten pou kèk repons. Sa pa gen pwoblèm. Founisè swen sante ou ka ede w chèche konnen.
outcome-maybe-pcm-title = Mande sou jesyon swen prensipal
outcome-maybe-pcm-body = CCM se pou moun ki gen de maladi oswa plis ki dire lontan. Pou yon sèl maladi grav ki dire lontan, Medicare gen yon sèvis ki rele jesyon swen prensipal (PCM). Li ba w yon plan swen pou maladi sa a.
outcome-check-coverage-title = Premye bagay pou w fè: chèche konnen ki kalite Medicare ou genyen
outcome-check-coverage-body = Medicare Pati B peye pou CCM. Gade kat Medicare ou a ki wouj, blan ak ble. Si li make “MEDICAL (PART B)” ak yon dat kòmansman, ou gen Pati B. Ou ka rele 1‑800‑MEDICARE tou.
outcome-part-a-only-title = Medicare Pati B peye pou CCM
outcome-part-a-only-body = Si w gen sèlman Pati A, Medicare pa peye pou CCM. Rele 1‑800‑MEDICARE pou w aprann sou Pati B ak kijan pou w jwenn li.
outcome-not-medicare-title = CCM se yon sèvis Medicare
outcome-not-medicare-body = San Medicare, ou pa ka jwenn CCM atravè Medicare. Mande pwòp asirans sante ou si li gen èd pou jere swen w ant vizit yo.
outcome-other-options-title = Repons ou yo pa koresponn ak règ debaz yo pou CCM
outcome-other-options-body = Founisè swen sante ou ka wè sa yon lòt jan, kidonk ou ka toujou mande. Lòt sèvis Medicare ka ede w.

other-services-title = Lòt sèvis pou w mande sou yo
other-service-transitional-care = Jesyon swen tranzisyon: èd pandan 30 jou apre ou kite yon lopital oswa yon mezon retrèt.
other-service-remote-monitoring = Siveyans pasyan a distans: yon aparèy lakay ou voye rezilta, tankou tansyon w, bay founisè swen sante ou.
other-service-behavioral-health = Entegrasyon sante konpòtman: founisè prensipal ou travay ak espesyalis sante mantal.
other-service-advanced-primary-care = Jesyon swen primè avanse: yon nouvo sèvis Medicare, depi 2025.

ccm-gives-title = Sa CCM ka ba ou
ccm-gives-team = Yon manm ekip swen ki konnen w ak sante w.
ccm-gives-plan = Yon plan swen yo fè ansanm avè w. Ou resevwa yon kopi.
ccm-gives-medicines = Èd ak medikaman ou yo.
ccm-gives-connect = Doktè w, espesyalis ou, famasi w, tès ou ak lopital ou k ap travay ansanm.
ccm-gives-transitions = Èd apre ou fin pase tan nan yon lopital, yon sal ijans oswa yon mezon retrèt.
ccm-gives-urgent = Yon fason pou w jwenn ekip swen ou 24 èdtan pa jou, 7 jou pa semèn, pou bezwen ki prese.
emergency-911 = Si gen yon ijans, rele 911.

result-why-title = Poukisa ou wè rezilta sa a
reason-medicare-yes = Ou di ou gen Medicare.
reason-medicare-no = Ou di ou pa gen Medicare.
reason-medicare-not-sure = Ou pa t sèten si ou gen Medicare.
reason-part-b-part-b-medical = Ou di ou gen Pati B (asirans medikal).
reason-part-b-advantage = Ou di ou gen yon plan Medicare Advantage. Plan sa yo dwe kouvri sa Pati B kouvri.
reason-part-b-only-part-a = Ou di ou gen sèlman Pati A (asirans lopital).
reason-part-b-not-sure = Ou pa t sèten ki kalite Medicare ou genyen.
reason-conditions-no-conditions = Ou di okenn doktè oswa enfimyè pa t di w ou gen yon maladi ki dire lontan.
reason-conditions-one-condition = Ou chwazi yon sèl maladi ki dire lontan.
reason-conditions-two-or-more-conditions = Ou chwazi de maladi oswa plis ki dire lontan.
reason-conditions-not-sure = Ou pa t sèten ki maladi ki dire lontan ou genyen.
reason-lasting-yes = Ou di yo panse maladi yo ap dire yon ane oswa plis, oswa pou tout lavi.
reason-lasting-no = Ou di yo pa panse maladi yo ap dire yon ane oswa plis.
reason-lasting-not-sure = Ou pa t sèten konbyen tan maladi yo ap dire.
reason-risk-yes = Ou di maladi yo ka fè w vin pi malad anpil, fè travay chak jou yo vin pi difisil, oswa mete lavi w an danje.
reason-risk-no = Ou di pèsonn pa t di w maladi yo mete w an gwo danje.
reason-risk-not-sure = Ou pa t sèten konbyen risk maladi yo pote pou ou.

result-notes-title = Bon pou w konnen
note-cost-original-medicare = Pri: apre ou fin peye franchiz (deductible) Pati B ou pou ane a, anjeneral ou peye 20% nan pri a. Sa rele ko-asirans. Yon plan Medigap (Asirans Siplemantè Medicare) ka peye yon pati oswa tout pati pa w la.
note-cost-advantage-plan = Pri: plan Medicare Advantage yo dwe kouvri CCM, men sa w ap peye ak ki founisè ou ka itilize ka diferan. Rele plan ou a pou w mande.
note-cost-medicaid = Pifò moun ki gen Medicare ak Medicaid tou de pa peye anyen pou CCM. Si ou nan pwogram Benefisyè Medicare ki Kalifye (QMB) a, founisè yo pa dwe voye bòdwo ba ou pou franchiz (deductible) oswa ko-asirans Medicare.
note-asks-first = Founisè swen sante ou dwe mande pèmisyon w anvan CCM kòmanse. Ou ka di wi ak bouch ou oswa alekri. Ou ka sispann nenpòt ki lè.
note-visit-first = Si ou nouvo kay founisè a, oswa si ou pa t wè l pandan dènye ane a, ou ka bezwen fè yon vizit nan biwo a anvan.
note-one-provider-a-month = Se yon sèl founisè ki ka ba ou CCM chak mwa.

result-ask-title = Kesyon ou ka poze
ask-do-i-qualify = Èske CCM bon pou mwen? Poukisa wi oswa poukisa non?
ask-who-is-my-team = Ak ki moun nan ekip swen mwen m ap travay? Kijan pou m jwenn yo lannwit oswa nan wikenn?
ask-care-plan-copy = Èske m ap resevwa yon kopi plan swen mwen an?
ask-what-will-i-pay = Konbyen m ap peye chak mwa? Èske lòt asirans mwen an ap peye pati pa m nan?
ask-visit-first = Èske m bezwen fè yon vizit anvan?
ask-how-to-stop = Kijan pou m sispann si m vle?
ask-principal-care-fit = Èske jesyon swen prensipal ka ede m ak maladi mwen an?
ask-other-services = Èske gen lòt sèvis ki ka ede m?
ask-which-medicare = Ki pati Medicare mwen genyen?
ask-how-to-get-part-b = Kijan m ka jwenn Medicare Pati B?
ask-insurer-coordination = Èske plan mwen an ede moun ki gen maladi ki dire lontan jere swen yo?

result-provider-decides = Se sèlman founisè swen sante ou ki ka deside si CCM bon pou ou.
result-contact = Pou jwenn èd ak CCM, kontakte:
result-helpline = Ou gen kesyon sou Medicare? Rele 1‑800‑MEDICARE (1‑800‑633‑4227). TTY: 1‑877‑486‑2048.
result-learn-more = Aprann plis sou CCM:
result-learn-more-link = go.cms.gov/CCM
result-print = Enprime oswa anrejistre
start-over = Rekòmanse

## "Connecting the dots": a short explainer of what CCM does, step by step.
## The picture beside each step is decorative: each step's text says all of it.

explainer-open = Kisa CCM ye?
explainer-caption = Konekte tout swen ou
explainer-progress = Etap { $current } sou { $total }
explainer-last-step = Sa a se dènye etap la.
explainer-previous = Etap anvan
explainer-next = Pwochen etap
explainer-start-check = Kòmanse verifikasyon an
explainer-back-to-result = Retounen nan rezilta w la

# Non kote yo nan foto a. Kenbe chak non kout: youn oswa de mo.
place-you = Ou
place-care-team = Ekip swen
place-two-or-more = 2+
place-main-doctor = Doktè prensipal
place-specialists = Espesyalis
place-pharmacy = Famasi
place-testing-center = Tès
place-hospital = Lopital

explainer-common-title = Anpil moun gen plis pase yon pwoblèm sante
explainer-common-body = Yon maladi ki dire lontan (maladi kwonik) se yon pwoblèm sante ki dire yon ane oswa plis, oswa pou tout lavi. Dyabèt ak tansyon wo se de ladan yo. Anviwon 2 moun sou 3 ki gen Medicare gen de maladi oswa plis ki dire lontan.

explainer-places-title = Ou ka jwenn swen nan anpil kote
explainer-places-body = Ou ka wè doktè prensipal ou ak lòt doktè yo rele espesyalis. Ou ka ale tou nan yon famasi, yon kote pou fè tès, ak yon lopital. Kote sa yo pa toujou pale youn ak lòt.

explainer-team-title = CCM konekte yo ak yon sèl ekip swen
explainer-team-body = Avèk jesyon swen maladi kwonik (CCM), yon sèl ekip swen ede konekte tout swen ou. Yon moun nan ekip la vin konnen w. Li ede doktè w yo, famasi w, tès ou yo ak lopital ou travay ansanm.

explainer-plan-title = Yon plan swen yo fè ansanm avè w
explainer-plan-body = Ou menm ak ekip swen ou fè yon plan ansanm. Plan an bay lis pwoblèm sante ou yo, objektif ou yo, medikaman ou yo ak lòt doktè ou yo. Ou resevwa yon kopi.

explainer-help-title = Èd ant vizit yo
explainer-help-body = Ou pa bezwen tann pwochen vizit ou. Ou ka jwenn ekip swen ou nenpòt ki lè, lajounen kou lannwit, pou bezwen ki prese.

explainer-medicines-title = Èd ak medikaman ak lè w pase tan lopital
explainer-medicines-body = Ekip swen ou verifye tout medikaman ou yo avè w, pou medikaman yo ka mache byen ansanm. Apre ou fin pase tan nan yon lopital, yon sal ijans oswa yon mezon retrèt, ekip la ede w ak sa ki vini apre. Yo ka mete w an kontak tou ak èd lakay ou ak nan vil ou.

explainer-cost-title = Ki moun ki ka jwenn CCM, ak konbyen li koute
explainer-cost-body = CCM fè pati Medicare Pati B. Li fèt pou moun ki gen de maladi oswa plis ki dire lontan, maladi ki ka fè yo vin pi malad anpil. Plan Medicare Advantage yo kouvri li tou.
explainer-cost-share = Apre ou fin peye franchiz (deductible) Pati B ou pou ane a, anjeneral ou peye 20% nan pri a. Medigap oswa Medicaid ka peye yon pati oswa tout pati pa w la.
explainer-cost-consent = Founisè swen sante ou dwe mande pèmisyon w anvan. Ou ka sispann nenpòt ki lè.

explainer-next-title = Pwochen etap ou
explainer-next-body = Reponn kèk ti kesyon. W ap wè si repons ou yo koresponn ak règ debaz Medicare yo pou CCM, ak sa pou w mande. Se sèlman founisè swen sante ou ki ka deside si CCM bon pou ou.

## Kiosk: a shared tablet in a waiting room, one patient after another.

kiosk-touch-to-start = Touche pou kòmanse
kiosk-choose-language = Chwazi lang ou
kiosk-done = Mwen fini
kiosk-larger-text = Pi gwo lèt
idle-title = Èske w la toujou?
# $seconds konte desann rive 0, yon fwa chak segonn.
idle-body = { $seconds ->
    [one] Pou repons ou yo rete prive, ekran sa a ap efase nan { $seconds } segonn.
   *[other] Pou repons ou yo rete prive, ekran sa a ap efase nan { $seconds } segonn.
}
idle-continue = Mwen la toujou

## Kiosk: QR codes to take things home on a phone, and the page a result's
## QR code opens. The QR code holds only the result and the language.

qr-link = Eskane ak kamera telefòn ou pou w louvri lyen sa a.
qr-result-title = Pote rezilta sa a avè w
qr-result = Eskane ak kamera telefòn ou pou w wè rezilta sa a sou telefòn ou. Repons ou yo pa ladan l.
# Non foto kòd QR a pou lektè ekran. $address se yon adrès sit entènèt.
qr-label = Kòd QR pou { $address }
shared-caption = Rezilta ou soti nan tablèt la
shared-note = Paj sa a montre rezilta verifikasyon ou te fè a. Nou pa t anrejistre ni voye repons ou yo.
shared-take-check = Fè verifikasyon an ankò

## Connected Care widget: Tagalog (Filipino), translated from locales/en/main.ftl.
## Plain words, 6th-grade reading level; the reader is addressed politely (kayo, ninyo, inyo).
## Terms follow Medicare's Tagalog materials: Medicare Part A (segurong pang-ospital),
## Part B (segurong pang-medikal); maibabawas (deductible) and kabahagi sa seguro (coinsurance)
## with the English in brackets. "Provider" is tagapagbigay ng pangangalaga.
## Never say "you qualify". Wherever 24/7 help is mentioned, add the 911 line.
## Urgent needs are "agarang pangangailangan"; "emerhensiya" is kept for the 911 line.
## A Tagalog noun does not change with its number: each plural has one form, *[other].

widget-label = Pagsusuri tungkol sa pamamahala ng pangangalaga sa pangmatagalang sakit
close = Isara

## Language menu

language-label = Wika
language-apply = Palitan ang wika
listen = Pakinggan
language-load-failed = Paumanhin, hindi namin mabuksan ang wikang iyon. Nasa Ingles ang pagsusuri.
widget-broken = Paumanhin, hindi na gumagana ang pagsusuring ito. Mababasa ninyo rito ang tungkol sa pamamahala ng pangangalaga sa pangmatagalang sakit:
try-again = Subukang muli

## Start screen

start-title = Makatutulong ba sa inyo ang pamamahala ng pangangalaga sa pangmatagalang sakit?
start-what = Ang pamamahala ng pangangalaga sa pangmatagalang sakit (CCM) ay isang serbisyo ng Medicare. Para ito sa mga taong may dalawa o higit pang pangmatagalang kondisyon sa kalusugan. Tinutulungan kayo ng isang pangkat ng pangangalaga sa pagitan ng inyong mga pagpapatingin sa doktor.
start-how = Sagutin ang humigit-kumulang 6 na maiikling tanong. Sasabihin namin kung tugma ang inyong mga sagot sa pangunahing patakaran ng Medicare para sa CCM, at kung ano ang maitatanong ninyo sa inyong tagapagbigay ng pangangalaga.
start-privacy = Nananatili sa screen na ito ang inyong mga sagot. Walang itinatago o ipinapadala.
start-button = Magsimula

## Moving between screens

progress = Tanong { $current } sa { $total }
back = Bumalik
continue = Magpatuloy
error-summary-title = May problema
error-prefix = Mali:
error-choose-one = Pumili ng sagot. Kung hindi ninyo alam, piliin ang “Hindi ako sigurado”.
error-choose-conditions = Piliin ang inyong mga kondisyon, o piliin ang “Wala sa mga ito” o “Hindi ako sigurado”.

## Questions

question-medicare = May Medicare ba kayo?
question-medicare-hint = Itinuturing na Medicare ang isang planong Medicare Advantage.
question-part-b = Aling Medicare ang mayroon kayo?
question-part-b-hint = Tingnan ang inyong pula, puti at asul na kard ng Medicare. Kung nakasulat dito ang “MEDICAL (PART B)” na may petsa ng simula, mayroon kayong Part B.
question-medicaid = Mayroon din ba kayong Medicaid, o tulong mula sa inyong estado sa pagbabayad ng mga gastos sa Medicare?
question-medicaid-hint = Maaari nitong baguhin ang halagang babayaran ninyo.
question-conditions = Aling mga pangmatagalang kondisyon sa kalusugan ang sinabi sa inyo ng isang doktor o nars?
question-conditions-hint = Ang pangmatagalang (kronikong) kondisyon ay problema sa kalusugan na tumatagal nang isang taon o higit pa, o habambuhay. Piliin ang lahat ng mayroon kayo.
question-lasting = Inaasahan bang tatagal ang mga kondisyong ito nang hindi bababa sa isang taon, o habambuhay?
question-lasting-hint = Isipin kung ano ang sinabi sa inyo ng inyong doktor o nars.
question-risk = May doktor o nars bang nagsabi na ang mga kondisyong ito ay maaaring lubhang magpalala ng inyong sakit, magpahirap sa araw-araw na gawain, o ilagay sa panganib ang inyong buhay?
question-risk-hint = Kung wala pang nakipag-usap sa inyo tungkol dito, piliin ang “Hindi ako sigurado”.

## Answers

answer-yes = Oo
answer-no = Hindi
answer-not-sure = Hindi ako sigurado
answer-part-b-medical = Part B (segurong pang-medikal)
answer-only-part-a = Part A lang (segurong pang-ospital)
answer-advantage = Isang planong Medicare Advantage
answer-no-conditions = Wala sa mga ito
answer-or = o

condition-arthritis = Artritis (rayuma)
condition-asthma = Hika
condition-atrial-fibrillation = Hindi regular na tibok ng puso (atrial fibrillation o AFib)
condition-autism = Awtismo
condition-cancer = Kanser
condition-copd = COPD (isang pangmatagalang sakit sa baga)
condition-dementia = Demensya
condition-depression = Depresyon
condition-diabetes = Diyabetis
condition-heart-disease = Sakit sa puso o paghina ng puso (heart failure)
condition-high-blood-pressure = Altapresyon (mataas na presyon ng dugo)
condition-hiv = HIV
condition-osteoporosis = Osteoporosis (mahinang buto)
condition-kidney-disease = Sakit sa bato
condition-other = Ibang pangmatagalang kondisyon

## Check your answers

check-title = Suriin ang inyong mga sagot
check-intro = Puwede ninyong baguhin ang isang sagot bago ninyo makita ang inyong resulta.
change = Baguhin
# The button's name for screen readers. Keep the word for "Change" first.
change-label = Baguhin ang inyong sagot sa: { $question }
check-submit = Tingnan ang aking resulta
# $count is how many conditions were ticked on the checklist.
conditions-chosen = { $count ->
   *[other] Pumili kayo ng { $count } kondisyon:
}

## Result

result-caption = Ang inyong resulta

outcome-likely-title = Tugma ang mga sagot ninyo sa pangunahing patakaran ng Medicare para sa CCM
outcome-likely-body = Maaaring makabuti sa inyo ang CCM. Itanong ito sa inyong tagapagbigay ng pangangalaga.
outcome-possibly-title = Maaaring angkop sa inyo ang CCM
outcome-possibly-body = Hindi kayo sigurado sa ilang sagot. Ayos lang iyon. Matutulungan kayo ng inyong tagapagbigay ng pangangalaga na alamin ito.
outcome-maybe-pcm-title = Magtanong tungkol sa pamamahala ng pangangalaga para sa isang pangunahing sakit
outcome-maybe-pcm-body = Ang CCM ay para sa mga taong may dalawa o higit pang pangmatagalang kondisyon. Para sa isang malubhang pangmatagalang kondisyon, may serbisyo ang Medicare na tinatawag na pamamahala ng pangangalaga para sa isang pangunahing sakit (PCM). Bibigyan kayo nito ng plano ng pangangalaga para sa kondisyong iyon.
outcome-check-coverage-title = Una, alamin kung aling Medicare ang mayroon kayo
outcome-check-coverage-body = Ang Medicare Part B ang nagbabayad para sa CCM. Tingnan ang inyong pula, puti at asul na kard ng Medicare. Kung nakasulat dito ang “MEDICAL (PART B)” na may petsa ng simula, mayroon kayong Part B. Puwede rin kayong tumawag sa 1‑800‑MEDICARE.
outcome-part-a-only-title = Ang Medicare Part B ang nagbabayad para sa CCM
outcome-part-a-only-body = Kung Part A lang ang mayroon kayo, hindi binabayaran ng Medicare ang CCM. Tumawag sa 1‑800‑MEDICARE para malaman ang tungkol sa Part B at kung paano ito makukuha.
outcome-not-medicare-title = Ang CCM ay serbisyo ng Medicare
outcome-not-medicare-body = Kung wala kayong Medicare, hindi kayo makakukuha ng CCM sa pamamagitan ng Medicare. Itanong sa sarili ninyong segurong pangkalusugan kung may tulong ito sa pamamahala ng inyong pangangalaga sa pagitan ng mga pagpapatingin.
outcome-other-options-title = Hindi tugma ang inyong mga sagot sa pangunahing patakaran para sa CCM
outcome-other-options-body = Maaaring iba ang tingin ng inyong tagapagbigay ng pangangalaga, kaya puwede pa rin kayong magtanong. Maaaring makatulong sa inyo ang ibang serbisyo ng Medicare.

other-services-title = Iba pang serbisyong maitatanong ninyo
other-service-transitional-care = Pangangalaga pagkauwi mula sa ospital: tulong sa loob ng 30 araw matapos kayong umalis sa ospital o nursing home.
other-service-remote-monitoring = Pagsubaybay sa pasyente mula sa malayo: may aparato sa bahay na nagpapadala ng mga sukat, gaya ng inyong presyon ng dugo, sa inyong tagapagbigay ng pangangalaga.
other-service-behavioral-health = Pinagsamang pangangalaga sa kalusugan ng isip: nakikipagtulungan ang inyong pangunahing tagapagbigay ng pangangalaga sa mga eksperto sa kalusugan ng isip.
other-service-advanced-primary-care = Pinahusay na pamamahala ng pangunahing pangangalaga: isang mas bagong serbisyo ng Medicare, mula pa noong 2025.

ccm-gives-title = Ang maibibigay sa inyo ng CCM
ccm-gives-team = Isang miyembro ng pangkat ng pangangalaga na nakakakilala sa inyo at sa inyong kalusugan.
ccm-gives-plan = Isang plano ng pangangalaga na ginawa kasama ninyo. Bibigyan kayo ng kopya.
ccm-gives-medicines = Tulong sa inyong mga gamot.
ccm-gives-connect = Nagtutulungan ang inyong mga doktor, espesyalista, botika, laboratoryo at ospital.
ccm-gives-transitions = Tulong pagkatapos ninyong manatili sa ospital, silid pang-emerhensiya o nursing home.
ccm-gives-urgent = Isang paraan para maabot ang inyong pangkat ng pangangalaga 24 na oras bawat araw, 7 araw bawat linggo, para sa mga agarang pangangailangan.
emergency-911 = Kung may emerhensiya, tumawag sa 911.

result-why-title = Bakit ito ang inyong resulta
reason-medicare-yes = Sinabi ninyong may Medicare kayo.
reason-medicare-no = Sinabi ninyong wala kayong Medicare.
reason-medicare-not-sure = Hindi kayo sigurado kung may Medicare kayo.
reason-part-b-part-b-medical = Sinabi ninyong may Part B kayo (segurong pang-medikal).
reason-part-b-advantage = Sinabi ninyong may planong Medicare Advantage kayo. Dapat saklawin ng mga planong ito ang sinasaklaw ng Part B.
reason-part-b-only-part-a = Sinabi ninyong Part A lang ang mayroon kayo (segurong pang-ospital).
reason-part-b-not-sure = Hindi kayo sigurado kung aling Medicare ang mayroon kayo.
reason-conditions-no-conditions = Sinabi ninyong walang doktor o nars na nagsabi sa inyong may pangmatagalang kondisyon kayo.
reason-conditions-one-condition = Pumili kayo ng isang pangmatagalang kondisyon.
reason-conditions-two-or-more-conditions = Pumili kayo ng dalawa o higit pang pangmatagalang kondisyon.
reason-conditions-not-sure = Hindi kayo sigurado kung aling mga pangmatagalang kondisyon ang mayroon kayo.
reason-lasting-yes = Sinabi ninyong inaasahang tatagal ang mga ito nang isang taon o higit pa, o habambuhay.
reason-lasting-no = Sinabi ninyong hindi inaasahang tatagal ang mga ito nang isang taon o higit pa.
reason-lasting-not-sure = Hindi kayo sigurado kung gaano katagal ang mga ito.
reason-risk-yes = Sinabi ninyong maaaring lubhang magpalala ang mga ito ng inyong sakit, magpahirap sa araw-araw na gawain, o ilagay sa panganib ang inyong buhay.
reason-risk-no = Sinabi ninyong walang nagsabi sa inyo na malubhang panganib ang dala ng mga ito.
reason-risk-not-sure = Hindi kayo sigurado kung gaano kalaking panganib ang dala ng mga ito.

result-notes-title = Mabuting malaman
note-cost-original-medicare = Gastos: pagkatapos ng taunang maibabawas (deductible) ng Part B, karaniwang 20% ng gastos ang babayaran ninyo. Ito ang tinatawag na kabahagi sa seguro (coinsurance). Maaaring bayaran ng planong Medigap (pandagdag na seguro sa Medicare) ang ilan o lahat ng bahagi ninyo.
note-cost-advantage-plan = Gastos: dapat saklawin ng mga planong Medicare Advantage ang CCM, pero maaaring iba ang babayaran ninyo at ang mga tagapagbigay ng pangangalaga na mapupuntahan ninyo. Tawagan ang inyong plano para magtanong.
note-cost-medicaid = Karamihan sa may Medicare at Medicaid ay walang babayaran para sa CCM. Kung kasali kayo sa programang Kwalipikadong Benepisyaryo ng Medicare (QMB), hindi kayo dapat singilin ng mga tagapagbigay ng pangangalaga ng maibabawas (deductible) o kabahagi sa seguro (coinsurance) ng Medicare.
note-asks-first = Bago magsimula ang CCM, dapat humingi ng pahintulot ninyo ang inyong tagapagbigay ng pangangalaga. Puwede kayong pumayag nang pasalita o nakasulat, at tumigil anumang oras.
note-visit-first = Kung bago kayo sa tagapagbigay ng pangangalaga, o hindi kayo nagpatingin sa kanila sa nakaraang taon, baka kailangan muna ninyong magpatingin.
note-one-provider-a-month = Isang tagapagbigay ng pangangalaga lang ang maaaring magbigay sa inyo ng CCM bawat buwan.

result-ask-title = Mga tanong na maitatanong ninyo
ask-do-i-qualify = Angkop ba sa akin ang CCM? Bakit o bakit hindi?
ask-who-is-my-team = Sino sa aking pangkat ng pangangalaga ang makakatrabaho ko? Paano ko sila maaabot sa gabi o sa Sabado at Linggo?
ask-care-plan-copy = Bibigyan ba ako ng kopya ng aking plano ng pangangalaga?
ask-what-will-i-pay = Magkano ang babayaran ko bawat buwan? Babayaran ba ng iba kong seguro ang aking bahagi?
ask-visit-first = Kailangan ko bang magpatingin muna?
ask-how-to-stop = Paano ako titigil kung gusto ko?
ask-principal-care-fit = Makatutulong ba sa aking kondisyon ang pamamahala ng pangangalaga para sa isang pangunahing sakit?
ask-other-services = May iba pa bang serbisyong makatutulong sa akin?
ask-which-medicare = Aling mga bahagi ng Medicare ang mayroon ako?
ask-how-to-get-part-b = Paano ako makakukuha ng Medicare Part B?
ask-insurer-coordination = Tinutulungan ba ng aking plano ang mga taong may pangmatagalang kondisyon na pamahalaan ang kanilang pangangalaga?

result-provider-decides = Ang inyong tagapagbigay ng pangangalaga lang ang makapagpapasya kung angkop sa inyo ang CCM.
result-contact = Para sa tulong tungkol sa CCM, makipag-ugnayan sa:
result-helpline = May tanong tungkol sa Medicare? Tumawag sa 1‑800‑MEDICARE (1‑800‑633‑4227). TTY: 1‑877‑486‑2048.
result-learn-more = Alamin pa ang tungkol sa CCM:
result-learn-more-link = go.cms.gov/CCM
# Opens the browser's print dialog, which can also save a PDF.
result-print = I-print o i-save
start-over = Magsimulang muli

## "Connecting the dots": a short explainer of what CCM does, step by step.
## The picture beside each step is decorative: each step's text says all of it.

explainer-open = Ano ang CCM?
explainer-caption = Pinag-uugnay ang lahat
explainer-progress = Hakbang { $current } sa { $total }
explainer-last-step = Ito na ang huling hakbang.
explainer-previous = Nakaraan
explainer-next = Susunod
explainer-start-check = Simulan ang pagsusuri
explainer-back-to-result = Bumalik sa inyong resulta

# Labels in the picture. Keep each one short: one or two words.
place-you = Kayo
place-care-team = Pangkat
# Beside the patient in the first step: two or more conditions.
place-two-or-more = 2+
place-main-doctor = Pangunahing doktor
place-specialists = Mga espesyalista
place-pharmacy = Botika
place-testing-center = Laboratoryo
place-hospital = Ospital

explainer-common-title = Maraming tao ang may higit sa isang problema sa kalusugan
explainer-common-body = Ang pangmatagalang (kronikong) kondisyon sa kalusugan ay tumatagal nang isang taon o higit pa, o habambuhay. Dalawa rito ang diyabetis at altapresyon. Humigit-kumulang 2 sa bawat 3 taong may Medicare ang may dalawa o higit pa.

explainer-places-title = Maaaring magpagamot kayo sa maraming lugar
explainer-places-body = Maaaring magpatingin kayo sa inyong pangunahing doktor at sa iba pang doktor, na tinatawag na mga espesyalista. Maaari rin kayong pumunta sa botika, sa laboratoryo, at sa ospital. Hindi laging nag-uusap ang mga lugar na ito.

explainer-team-title = Pinag-uugnay sila ng CCM sa pamamagitan ng isang pangkat ng pangangalaga
explainer-team-body = Sa pamamahala ng pangangalaga sa pangmatagalang sakit (CCM), isang pangkat ng pangangalaga ang tumutulong na pag-ugnayin ang lahat. Makikilala kayo ng isang tao sa pangkat. Tinutulungan niya ang inyong mga doktor, botika, laboratoryo at ospital na magtulungan.

explainer-plan-title = Isang plano ng pangangalaga na ginawa kasama ninyo
explainer-plan-body = Sama-samang gagawa ng plano kayo at ang inyong pangkat ng pangangalaga. Nakalista rito ang inyong mga problema sa kalusugan, ang inyong mga layunin, ang inyong mga gamot at ang iba pa ninyong doktor. Bibigyan kayo ng kopya.

explainer-help-title = Tulong sa pagitan ng mga pagpapatingin
explainer-help-body = Hindi na ninyo kailangang hintayin ang susunod ninyong pagpapatingin. Maaabot ninyo ang inyong pangkat ng pangangalaga anumang oras, araw man o gabi, para sa mga agarang pangangailangan.

explainer-medicines-title = Tulong sa mga gamot at sa pananatili sa ospital
explainer-medicines-body = Sinusuri ng inyong pangkat ng pangangalaga ang lahat ng inyong gamot kasama ninyo, para maayos na magamit nang sabay-sabay ang mga ito. Pagkatapos ninyong manatili sa ospital, silid pang-emerhensiya o nursing home, tutulungan nila kayo sa mga susunod na gagawin. Maaari rin nila kayong iugnay sa tulong sa bahay at sa inyong bayan.

explainer-cost-title = Sino ang maaaring makakuha ng CCM, at magkano ito
explainer-cost-body = Bahagi ng Medicare Part B ang CCM. Para ito sa mga taong may dalawa o higit pang pangmatagalang kondisyon sa kalusugan na maaaring lubhang magpalala ng kanilang sakit. Sinasaklaw din ito ng mga planong Medicare Advantage.
explainer-cost-share = Karaniwang 20% ng gastos ang babayaran ninyo, pagkatapos ng taunang maibabawas (deductible) ng Part B. Maaaring bayaran ng Medigap o Medicaid ang ilan o lahat ng bahagi ninyo.
explainer-cost-consent = Dapat munang humingi ng pahintulot ninyo ang inyong tagapagbigay ng pangangalaga. Puwede kayong tumigil anumang oras.

explainer-next-title = Ang inyong susunod na hakbang
explainer-next-body = Sagutin ang ilang maiikling tanong. Makikita ninyo kung tugma ang inyong mga sagot sa pangunahing patakaran ng Medicare para sa CCM, at kung ano ang maitatanong ninyo. Ang inyong tagapagbigay ng pangangalaga lang ang makapagpapasya kung angkop sa inyo ang CCM.

## Kiosk: a shared tablet in a waiting room, one patient after another.

kiosk-touch-to-start = Pindutin para magsimula
kiosk-choose-language = Piliin ang inyong wika
kiosk-done = Tapos na ako
kiosk-larger-text = Mas malaking titik
idle-title = Nandiyan pa ba kayo?
# $seconds counts down to 0, once a second.
idle-body = { $seconds ->
   *[other] Para manatiling pribado ang inyong mga sagot, mabubura ang screen na ito sa loob ng { $seconds } segundo.
}
idle-continue = Nandito pa ako

## Kiosk: QR codes to take things home on a phone, and the page a result's
## QR code opens. The QR code holds only the result and the language.

qr-link = I-scan gamit ang camera ng inyong telepono para mabuksan ang link na ito.
qr-result-title = Dalhin ninyo ang resultang ito
qr-result = I-scan gamit ang camera ng inyong telepono para makita ang resultang ito sa inyong telepono. Wala rito ang inyong mga sagot.
# The accessible name of a QR code picture. $address is a web address.
qr-label = QR code para sa { $address }
shared-caption = Ang inyong resulta mula sa tablet
shared-note = Ipinapakita ng pahinang ito ang resulta ng pagsusuring ginawa ninyo. Hindi itinago o ipinadala ang inyong mga sagot.
shared-take-check = Gawin muli ang pagsusuri

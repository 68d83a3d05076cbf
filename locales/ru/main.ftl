## Connected Care widget: Russian (русский).
## Простые слова, короткие предложения. Никогда не пишите «вы имеете право».
## Везде, где говорится о помощи 24/7, добавляйте строку про 911.

widget-label = Проверка: ведение хронических заболеваний
close = Закрыть

## Language menu

language-label = Язык
language-load-failed = Извините, не удалось загрузить этот язык. Проверка показана на английском.

## Start screen

start-title = Может ли вам помочь ведение хронических заболеваний?
start-what = Ведение хронических заболеваний (Chronic Care Management, CCM) — это услуга программы Medicare. Она для людей, у которых два или более хронических заболевания. Медицинская команда помогает вам между визитами к врачу.
start-how = Ответьте примерно на 6 коротких вопросов. Мы скажем, совпадают ли ваши ответы с основными правилами Medicare для CCM. И подскажем, о чем спросить вашего врача.
start-privacy = Ваши ответы остаются только на этом экране. Ничего не сохраняется и никуда не отправляется.
start-button = Начать

## Moving between screens

progress = Вопрос { $current } из { $total }
back = Назад
continue = Продолжить
error-summary-title = Возникла проблема
error-prefix = Ошибка:
error-choose-one = Выберите ответ. Если вы не знаете, выберите «Не знаю».
error-choose-conditions = Выберите свои заболевания. Или выберите «Ничего из этого» либо «Не знаю».

## Questions

question-medicare = У вас есть Medicare?
question-medicare-hint = План Medicare Advantage тоже считается Medicare.
question-part-b = Какая у вас страховка Medicare?
question-part-b-hint = Посмотрите на свою красно-бело-синюю карточку Medicare. Если на ней написано «MEDICAL (PART B)» и указана дата начала, у вас есть Часть B.
question-medicaid = У вас есть также Medicaid или помощь от штата, чтобы платить за Medicare?
question-medicaid-hint = От этого может зависеть, сколько вы платите.
question-conditions = О каких хронических заболеваниях вам говорил врач или медсестра?
question-conditions-hint = Хроническое заболевание — это проблема со здоровьем, которая длится год или дольше или всю жизнь. Выберите все, что у вас есть.
question-lasting = Эти заболевания, как ожидается, продлятся не меньше года или всю оставшуюся жизнь?
question-lasting-hint = Вспомните, что вам говорил врач или медсестра.
question-risk = Говорил ли вам врач или медсестра, что эти заболевания могут сильно ухудшить ваше здоровье, затруднить повседневные дела или угрожать вашей жизни?
question-risk-hint = Если с вами об этом никто не говорил, выберите «Не знаю».

## Answers

answer-yes = Да
answer-no = Нет
answer-not-sure = Не знаю
answer-part-b-medical = Часть B (медицинское страхование)
answer-only-part-a = Только Часть A (больничное страхование)
answer-advantage = План Medicare Advantage
answer-no-conditions = Ничего из этого
answer-or = или

condition-arthritis = Артрит
condition-asthma = Астма
condition-atrial-fibrillation = Мерцательная аритмия (фибрилляция предсердий, AFib)
condition-autism = Аутизм
condition-cancer = Рак
condition-copd = ХОБЛ, или COPD (хроническая болезнь легких)
condition-dementia = Деменция
condition-depression = Депрессия
condition-diabetes = Диабет
condition-heart-disease = Болезнь сердца или сердечная недостаточность
condition-high-blood-pressure = Высокое давление (гипертония)
condition-hiv = ВИЧ (HIV)
condition-osteoporosis = Остеопороз (хрупкие кости)
condition-kidney-disease = Болезнь почек
condition-other = Другое хроническое заболевание

## Check your answers

check-title = Проверьте свои ответы
check-intro = Вы можете изменить ответ, прежде чем увидите результат.
change = Изменить
# Название кнопки для программ экранного доступа. Слово «Изменить» должно стоять первым.
change-label = Изменить ответ на вопрос: { $question }
check-submit = Показать мой результат
# $count — сколько заболеваний отмечено в списке.
conditions-chosen = { $count ->
    [one] Вы выбрали { $count } заболевание:
    [few] Вы выбрали { $count } заболевания:
    [many] Вы выбрали { $count } заболеваний:
   *[other] Вы выбрали { $count } заболевания:
}

## Result

result-caption = Ваш результат

outcome-likely-title = Ваши ответы совпадают с основными правилами Medicare для CCM
outcome-likely-body = Услуга CCM может вам хорошо подойти. Спросите о ней своего врача.
outcome-possibly-title = Возможно, CCM вам подойдет
outcome-possibly-body = Вы не были уверены в некоторых ответах. Это нормально. Ваш врач поможет вам это выяснить.
outcome-maybe-pcm-title = Спросите о ведении основного заболевания
outcome-maybe-pcm-body = CCM — для людей с двумя или более хроническими заболеваниями. Для одного серьезного хронического заболевания у Medicare есть услуга «ведение основного заболевания» (Principal Care Management, PCM). Вы получаете план лечения и ухода для этого одного заболевания.
outcome-check-coverage-title = Сначала узнайте, какая у вас страховка Medicare
outcome-check-coverage-body = Услугу CCM оплачивает Часть B программы Medicare. Посмотрите на свою красно-бело-синюю карточку Medicare. Если на ней написано «MEDICAL (PART B)» и указана дата начала, у вас есть Часть B. Вы также можете позвонить по номеру 1‑800‑MEDICARE.
outcome-part-a-only-title = Услугу CCM оплачивает Часть B программы Medicare
outcome-part-a-only-body = Если у вас есть только Часть A, Medicare не оплачивает CCM. Позвоните по номеру 1‑800‑MEDICARE, чтобы узнать о Части B и о том, как ее получить.
outcome-not-medicare-title = CCM — это услуга Medicare
outcome-not-medicare-body = Без Medicare вы не можете получить CCM через Medicare. Спросите в своей страховой компании, помогают ли они вести ваше лечение между визитами к врачу.
outcome-other-options-title = Ваши ответы не совпадают с основными правилами для CCM
outcome-other-options-body = Ваш врач может думать иначе, поэтому вы все равно можете спросить его. Вам могут помочь другие услуги Medicare.

other-services-title = О каких еще услугах можно спросить
other-service-transitional-care = Помощь после выписки (Transitional Care Management): помощь в течение 30 дней после того, как вы выйдете из больницы или дома престарелых.
other-service-remote-monitoring = Удаленное наблюдение за пациентом (Remote Patient Monitoring): прибор у вас дома отправляет вашему врачу показания, например ваше давление.
other-service-behavioral-health = Помощь с психическим здоровьем (Behavioral Health Integration): ваш основной врач работает вместе со специалистами по психическому здоровью.
other-service-advanced-primary-care = Расширенная первичная помощь (Advanced Primary Care Management): новая услуга Medicare, с 2025 года.

ccm-gives-title = Что вам может дать CCM
ccm-gives-team = Сотрудник медицинской команды, который знает вас и ваше здоровье.
ccm-gives-plan = План лечения и ухода, который составляют вместе с вами. Вы получите его копию.
ccm-gives-medicines = Помощь с лекарствами.
ccm-gives-connect = Ваши врачи, специалисты, аптека, лаборатория и больница работают вместе.
ccm-gives-transitions = Помощь после пребывания в больнице, отделении неотложной помощи или доме престарелых.
ccm-gives-urgent = Возможность связаться с медицинской командой 24 часа в сутки, 7 дней в неделю, если нужна срочная помощь.
emergency-911 = В экстренной ситуации звоните 911.

result-why-title = Почему вы видите этот результат
reason-medicare-yes = Вы ответили, что у вас есть Medicare.
reason-medicare-no = Вы ответили, что у вас нет Medicare.
reason-medicare-not-sure = Вы не были уверены, есть ли у вас Medicare.
reason-part-b-part-b-medical = Вы ответили, что у вас есть Часть B (медицинское страхование).
reason-part-b-advantage = Вы ответили, что у вас есть план Medicare Advantage. Эти планы обязаны оплачивать все, что оплачивает Часть B.
reason-part-b-only-part-a = Вы ответили, что у вас есть только Часть A (больничное страхование).
reason-part-b-not-sure = Вы не были уверены, какая у вас страховка Medicare.
reason-conditions-no-conditions = Вы ответили, что врач или медсестра не говорили вам о хронических заболеваниях.
reason-conditions-one-condition = Вы выбрали одно хроническое заболевание.
reason-conditions-two-or-more-conditions = Вы выбрали два или более хронических заболевания.
reason-conditions-not-sure = Вы не были уверены, какие у вас хронические заболевания.
reason-lasting-yes = Вы ответили, что они, как ожидается, продлятся год или дольше или всю жизнь.
reason-lasting-no = Вы ответили, что они, как ожидается, продлятся меньше года.
reason-lasting-not-sure = Вы не были уверены, как долго они продлятся.
reason-risk-yes = Вы ответили, что они могут сильно ухудшить ваше здоровье, затруднить повседневные дела или угрожать вашей жизни.
reason-risk-no = Вы ответили, что никто не говорил вам, что они для вас очень опасны.
reason-risk-not-sure = Вы не были уверены, насколько они опасны.

result-notes-title = Полезно знать
note-cost-original-medicare = Стоимость: после того как вы оплатите годовую франшизу по Части B, вы обычно платите 20% стоимости. Это называется совместным страхованием. Полис Medigap (дополнительное страхование Medicare) может оплатить часть вашей доли или всю долю.
note-cost-advantage-plan = Стоимость: планы Medicare Advantage обязаны оплачивать CCM. Но сумма, которую вы платите, и врачи, к которым можно обращаться, могут быть другими. Позвоните в свой план и спросите.
note-cost-medicaid = Большинство людей, у которых есть и Medicare, и Medicaid, ничего не платят за CCM. Если вы участвуете в программе Qualified Medicare Beneficiary (QMB), врачи и клиники не должны выставлять вам счета за франшизы или совместное страхование Medicare.
note-asks-first = Прежде чем начать CCM, ваш врач должен спросить, согласны ли вы. Вы можете сказать «да» устно или письменно. Вы можете отказаться в любое время.
note-visit-first = Если вы новый пациент у этого врача или не были у него за последний год, возможно, сначала нужно будет прийти к нему на прием.
note-one-provider-a-month = Каждый месяц услугу CCM вам может оказывать только один врач.

result-ask-title = Вопросы, которые можно задать
ask-do-i-qualify = Подходит ли мне CCM? Почему да или почему нет?
ask-who-is-my-team = С кем из медицинской команды я буду работать? Как связаться с ними ночью или в выходные?
ask-care-plan-copy = Я получу копию своего плана лечения и ухода?
ask-what-will-i-pay = Сколько я буду платить каждый месяц? Оплатит ли мою долю моя другая страховка?
ask-visit-first = Нужно ли мне сначала прийти на прием?
ask-how-to-stop = Как мне отказаться, если я захочу?
ask-principal-care-fit = Может ли ведение основного заболевания (PCM) помочь с моим заболеванием?
ask-other-services = Есть ли другие услуги, которые могут мне помочь?
ask-which-medicare = Какие части Medicare у меня есть?
ask-how-to-get-part-b = Как мне получить Часть B программы Medicare?
ask-insurer-coordination = Помогает ли мой страховой план людям с хроническими заболеваниями вести их лечение?

result-provider-decides = Только ваш врач или другой медицинский работник может решить, подходит ли вам CCM.
result-contact = За помощью с CCM обращайтесь:
result-helpline = Есть вопросы о Medicare? Звоните 1‑800‑MEDICARE (1‑800‑633‑4227). Телетайп (TTY): 1‑877‑486‑2048.
result-learn-more = Подробнее о CCM:
result-learn-more-link = go.cms.gov/CCM
start-over = Начать заново

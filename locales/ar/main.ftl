## Connected Care widget: Arabic (Modern Standard Arabic).
## Translated from locales/en/main.ftl. Plain words, 6th-grade reading level.
## Never say "you qualify". Wherever 24/7 help is mentioned, add the 911 line.
## A left-to-right mark (U+200E) stands just before "1‑800‑MEDICARE" when it
## follows Arabic text, so the number shows in the right order in RTL text.
## The reader may be a man or a woman: instructions and buttons use a verbal noun
## (يُرجى اختيار، البدء), answers the first person (لا أعرف), and the rest forms
## written the same for both (لديك، قلت، يمكنك) or impersonal ones (لم يكن واضحًا لك,
## المبلغ المطلوب منك). No imperatives (اختر) or adjectives about the reader (متأكدًا).

widget-label = أداة التحقق من إدارة الرعاية المزمنة
close = إغلاق

## Language menu

language-label = اللغة
language-apply = تغيير اللغة
listen = الاستماع
language-load-failed = عذرًا، لم نستطع تحميل هذه اللغة. ستظهر الأداة باللغة الإنجليزية.
widget-broken = عذرًا، توقفت هذه الأداة عن العمل. يمكنك القراءة عن إدارة الرعاية المزمنة هنا:
try-again = إعادة المحاولة

## Start screen

start-title = هل يمكن أن تساعدك إدارة الرعاية المزمنة؟
start-what = إدارة الرعاية المزمنة (CCM) هي خدمة من برنامج Medicare. وهي للأشخاص الذين لديهم حالتان صحيتان مزمنتان أو أكثر. يساعدك فريق رعاية بين زياراتك للطبيب.
start-how = يُرجى الإجابة عن 6 أسئلة قصيرة تقريبًا. سنخبرك إن كانت إجاباتك تتطابق مع القواعد الأساسية لبرنامج Medicare لخدمة CCM، وما الأسئلة التي يمكن طرحها على مقدم الرعاية الصحية.
start-privacy = تبقى إجاباتك على هذه الشاشة فقط. لا يتم حفظ أي شيء أو إرساله.
start-button = البدء

## Moving between screens

progress = السؤال { $current } من { $total }
back = رجوع
continue = متابعة
error-summary-title = توجد مشكلة
error-prefix = خطأ:
error-choose-one = يُرجى اختيار إجابة. إذا لم تكن الإجابة واضحة لك، فيُرجى اختيار «لا أعرف».
error-choose-conditions = يُرجى اختيار حالاتك الصحية، أو اختيار «لا شيء مما سبق» أو «لا أعرف».

## Questions

question-medicare = هل لديك برنامج Medicare؟
question-medicare-hint = خطة Medicare Advantage تُعد من Medicare أيضًا.
question-part-b = ما نوع تغطية Medicare التي لديك؟
question-part-b-hint = يُرجى النظر إلى بطاقة Medicare الخاصة بك ذات اللون الأحمر والأبيض والأزرق. إذا كان مكتوبًا عليها «MEDICAL (PART B)» مع تاريخ بدء، فلديك الجزء B.
question-medicaid = هل لديك أيضًا Medicaid، أو مساعدة من ولايتك لدفع تكاليف Medicare؟
question-medicaid-hint = قد يغيّر هذا المبلغ المطلوب منك.
question-conditions = ما الحالات الصحية المزمنة التي أخبرك بها طبيب أو ممرض؟
question-conditions-hint = الحالة المزمنة (طويلة الأمد) هي مشكلة صحية تستمر سنة أو أكثر، أو مدى الحياة. يُرجى اختيار كل ما لديك.
question-lasting = هل يُتوقع أن تستمر هذه الحالات سنة على الأقل، أو بقية حياتك؟
question-lasting-hint = يُرجى تذكُّر ما قاله لك طبيبك أو الممرض.
question-risk = هل قال لك طبيب أو ممرض إن هذه الحالات قد تجعل صحتك أسوأ بكثير، أو تصعّب عليك أعمالك اليومية، أو تعرّض حياتك للخطر؟
question-risk-hint = إذا لم يتحدث معك أحد عن هذا، فيُرجى اختيار «لا أعرف».

## Answers

answer-yes = نعم
answer-no = لا
answer-not-sure = لا أعرف
answer-part-b-medical = الجزء B (التأمين الطبي)
answer-only-part-a = الجزء A فقط (تأمين المستشفى)
answer-advantage = خطة Medicare Advantage
answer-no-conditions = لا شيء مما سبق
answer-or = أو

condition-arthritis = التهاب المفاصل
condition-asthma = الربو
condition-atrial-fibrillation = الرجفان الأذيني (AFib)
condition-autism = التوحد
condition-cancer = السرطان
condition-copd = مرض الانسداد الرئوي المزمن (COPD)، وهو مرض طويل الأمد في الرئتين
condition-dementia = الخرف
condition-depression = الاكتئاب
condition-diabetes = السكري
condition-heart-disease = أمراض القلب أو قصور القلب
condition-high-blood-pressure = ارتفاع ضغط الدم
condition-hiv = فيروس نقص المناعة البشرية (HIV)
condition-osteoporosis = هشاشة العظام (ضعف العظام)
condition-kidney-disease = أمراض الكلى
condition-other = حالة مزمنة أخرى

## Check your answers

check-title = مراجعة إجاباتك
check-intro = يمكنك تغيير أي إجابة قبل عرض نتيجتك.
change = تغيير
# The button's name for screen readers. Keep the word for "Change" first.
change-label = تغيير إجابتك عن: { $question }
check-submit = عرض نتيجتي
# $count is how many conditions were ticked on the checklist.
conditions-chosen = { $count ->
    [zero] اخترت { $count } حالة:
    [one] اخترت حالة واحدة:
    [two] اخترت حالتين:
    [few] اخترت { $count } حالات:
    [many] اخترت { $count } حالة:
   *[other] اخترت { $count } حالة:
}

## Result

result-caption = نتيجتك

outcome-likely-title = إجاباتك تتطابق مع القواعد الأساسية لبرنامج Medicare لخدمة CCM
outcome-likely-body = قد تكون خدمة CCM مناسبة لك. يمكنك سؤال مقدم الرعاية الصحية عنها.
outcome-possibly-title = قد تكون خدمة CCM مناسبة لك
outcome-possibly-body = لم تكن بعض الإجابات واضحة لك. لا بأس في ذلك. يمكن لمقدم الرعاية الصحية أن يساعدك على معرفة ذلك.
outcome-maybe-pcm-title = يمكنك السؤال عن إدارة الرعاية الرئيسية
outcome-maybe-pcm-body = خدمة CCM للأشخاص الذين لديهم حالتان مزمنتان أو أكثر. إذا كانت لديك حالة مزمنة واحدة خطيرة، فلدى Medicare خدمة اسمها إدارة الرعاية الرئيسية (PCM). تعطيك هذه الخدمة خطة رعاية لهذه الحالة الواحدة.
outcome-check-coverage-title = الخطوة الأولى: معرفة نوع Medicare الذي لديك
outcome-check-coverage-body = الجزء B من Medicare يدفع تكاليف خدمة CCM. يُرجى النظر إلى بطاقة Medicare الخاصة بك ذات اللون الأحمر والأبيض والأزرق. إذا كان مكتوبًا عليها «MEDICAL (PART B)» مع تاريخ بدء، فلديك الجزء B. يمكنك أيضًا الاتصال بالرقم ‎1‑800‑MEDICARE.
outcome-part-a-only-title = الجزء B من Medicare يدفع تكاليف خدمة CCM
outcome-part-a-only-body = إذا كان لديك الجزء A فقط، فلن يدفع Medicare تكاليف خدمة CCM. لمعرفة المزيد عن الجزء B وطريقة الحصول عليه، يمكنك الاتصال بالرقم ‎1‑800‑MEDICARE.
outcome-not-medicare-title = خدمة CCM هي خدمة من Medicare
outcome-not-medicare-body = إذا لم يكن لديك Medicare، فلا يمكنك الحصول على خدمة CCM من خلال Medicare. يمكنك سؤال شركة التأمين الصحي الخاصة بك إن كانت تقدم مساعدة في إدارة رعايتك بين الزيارات.
outcome-other-options-title = إجاباتك لا تتطابق مع القواعد الأساسية لخدمة CCM
outcome-other-options-body = قد يرى مقدم الرعاية الصحية الأمر بشكل مختلف، لذلك يبقى بإمكانك سؤاله. قد تساعدك خدمات أخرى من Medicare.

other-services-title = خدمات أخرى يمكنك السؤال عنها
other-service-transitional-care = إدارة الرعاية الانتقالية: مساعدة خلال 30 يومًا بعد خروجك من المستشفى أو دار رعاية المسنين.
other-service-remote-monitoring = مراقبة المريض عن بُعد: جهاز في منزلك يرسل قراءاتك، مثل ضغط الدم، إلى مقدم الرعاية الصحية.
other-service-behavioral-health = دمج الصحة السلوكية: يعمل مقدم الرعاية الأساسي الخاص بك مع خبراء في الصحة النفسية.
other-service-advanced-primary-care = إدارة الرعاية الأولية المتقدمة: خدمة أحدث من Medicare، متوفرة منذ عام 2025.

ccm-gives-title = ما الذي يمكن أن تقدمه لك خدمة CCM
ccm-gives-team = عضو في فريق الرعاية يعرفك ويعرف حالتك الصحية.
ccm-gives-plan = خطة رعاية يتم وضعها معك، مع نسخة منها لك.
ccm-gives-medicines = مساعدة في أدويتك.
ccm-gives-connect = تنسيق العمل بين أطبائك والأخصائيين والصيدلية والفحوصات والمستشفى.
ccm-gives-transitions = مساعدة بعد الإقامة في المستشفى أو غرفة الطوارئ أو دار رعاية المسنين.
ccm-gives-urgent = طريقة للتواصل مع فريق رعايتك على مدار 24 ساعة في اليوم، 7 أيام في الأسبوع، للاحتياجات العاجلة.
emergency-911 = في حالة الطوارئ، يجب الاتصال بالرقم 911.

result-why-title = سبب ظهور هذه النتيجة
reason-medicare-yes = قلت إن لديك Medicare.
reason-medicare-no = قلت إنه ليس لديك Medicare.
reason-medicare-not-sure = لم يكن واضحًا لك إن كان لديك Medicare.
reason-part-b-part-b-medical = قلت إن لديك الجزء B (التأمين الطبي).
reason-part-b-advantage = قلت إن لديك خطة Medicare Advantage. يجب أن تغطي هذه الخطط ما يغطيه الجزء B.
reason-part-b-only-part-a = قلت إن لديك الجزء A فقط (تأمين المستشفى).
reason-part-b-not-sure = لم يكن واضحًا لك نوع Medicare الذي لديك.
reason-conditions-no-conditions = قلت إنه لم يخبرك أي طبيب أو ممرض بأن لديك حالة مزمنة.
reason-conditions-one-condition = اخترت حالة مزمنة واحدة.
reason-conditions-two-or-more-conditions = اخترت حالتين مزمنتين أو أكثر.
reason-conditions-not-sure = لم يكن واضحًا لك ما الحالات المزمنة التي لديك.
reason-lasting-yes = قلت إنه يُتوقع أن تستمر حالاتك سنة أو أكثر، أو مدى الحياة.
reason-lasting-no = قلت إنه لا يُتوقع أن تستمر حالاتك سنة أو أكثر.
reason-lasting-not-sure = لم يكن واضحًا لك كم ستستمر حالاتك.
reason-risk-yes = قلت إن حالاتك قد تجعل صحتك أسوأ بكثير، أو تصعّب عليك أعمالك اليومية، أو تعرّض حياتك للخطر.
reason-risk-no = قلت إنه لم يخبرك أحد بأن حالاتك تعرّضك لخطر كبير.
reason-risk-not-sure = لم يكن واضحًا لك مقدار الخطر الذي تسببه حالاتك.

result-notes-title = معلومات مفيدة
note-cost-original-medicare = التكلفة: بعد دفع المبلغ المقتطع السنوي للجزء B، يكون عليك عادةً دفع 20% من التكلفة. وهذا يسمى التأمين المشترك. قد تدفع خطة Medigap (تأمين Medicare التكميلي) جزءًا من حصتك أو كلها.
note-cost-advantage-plan = التكلفة: يجب أن تغطي خطط Medicare Advantage خدمة CCM، لكن المبلغ المطلوب منك قد يختلف، وكذلك مقدمو الرعاية الذين يمكنك الذهاب إليهم. للسؤال، يمكنك الاتصال بخطتك.
note-cost-medicaid = معظم الأشخاص الذين لديهم Medicare وأيضًا Medicaid لا يدفعون شيئًا مقابل خدمة CCM. إذا كان لديك اشتراك في برنامج المستفيد المؤهل من Medicare (QMB)، فلا يجوز لمقدمي الرعاية أن يطلبوا منك دفع المبالغ المقتطعة أو التأمين المشترك الخاص ببرنامج Medicare.
note-asks-first = يجب أن يطلب مقدم الرعاية الصحية موافقتك قبل أن تبدأ خدمة CCM. يمكنك الموافقة شفهيًا أو كتابيًا. يمكنك التوقف في أي وقت.
note-visit-first = إذا كانت هذه أول مرة لك عند مقدم الرعاية، أو مرت سنة أو أكثر منذ آخر زيارة له، فقد تلزمك زيارة في العيادة أولًا.
note-one-provider-a-month = يمكن لمقدم رعاية واحد فقط أن يقدم لك خدمة CCM في كل شهر.

result-ask-title = أسئلة يمكنك طرحها
ask-do-i-qualify = هل خدمة CCM مناسبة لي؟ لماذا نعم أو لماذا لا؟
ask-who-is-my-team = من هم أعضاء فريق رعايتي الذين سأعمل معهم؟ كيف أتواصل معهم في الليل أو في عطلة نهاية الأسبوع؟
ask-care-plan-copy = هل سأحصل على نسخة من خطة رعايتي؟
ask-what-will-i-pay = كم سأدفع كل شهر؟ هل سيدفع تأميني الآخر حصتي؟
ask-visit-first = هل أحتاج إلى زيارة أولًا؟
ask-how-to-stop = كيف أتوقف إذا أردت ذلك؟
ask-principal-care-fit = هل يمكن أن تساعدني إدارة الرعاية الرئيسية في حالتي؟
ask-other-services = هل توجد خدمات أخرى قد تساعدني؟
ask-which-medicare = ما أجزاء Medicare التي لديّ؟
ask-how-to-get-part-b = كيف يمكنني الحصول على الجزء B من Medicare؟
ask-insurer-coordination = هل تساعد خطتي الأشخاص المصابين بحالات مزمنة على إدارة رعايتهم؟

result-provider-decides = مقدم الرعاية الصحية الخاص بك هو وحده من يمكنه أن يقرر إن كانت خدمة CCM مناسبة لك.
result-contact = للمساعدة بشأن CCM، يمكنك التواصل مع:
result-helpline = هل لديك أسئلة عن Medicare؟ يمكنك الاتصال بالرقم ‎1‑800‑MEDICARE (1‑800‑633‑4227). لمستخدمي الهاتف النصي (TTY): 1‑877‑486‑2048.
result-learn-more = لمعرفة المزيد عن خدمة CCM:
result-learn-more-link = go.cms.gov/CCM
result-print = طباعة أو حفظ
start-over = البدء من جديد

## "Connecting the dots": a short explainer of what CCM does, step by step.
## The picture beside each step is decorative: each step's text says all of it.

explainer-open = ما هي خدمة CCM؟
explainer-caption = ربط النقاط ببعضها
explainer-progress = الخطوة { $current } من { $total }
explainer-last-step = هذه هي الخطوة الأخيرة.
explainer-previous = السابق
explainer-next = التالي
explainer-start-check = بدء التحقق
explainer-back-to-result = العودة إلى نتيجتك

# Labels in the picture. Keep each one short: one or two words.
place-you = أنت
place-care-team = فريق الرعاية
place-two-or-more = 2+
place-main-doctor = الطبيب الرئيسي
place-specialists = الأخصائيون
place-pharmacy = الصيدلية
place-testing-center = الفحوصات
place-hospital = المستشفى

explainer-common-title = كثير من الناس لديهم أكثر من مشكلة صحية واحدة
explainer-common-body = الحالة الصحية المزمنة (طويلة الأمد) تستمر سنة أو أكثر، أو مدى الحياة. السكري وارتفاع ضغط الدم من هذه الحالات. نحو 2 من كل 3 أشخاص لديهم Medicare عندهم حالتان مزمنتان أو أكثر.

explainer-places-title = قد تكون رعايتك في أماكن كثيرة
explainer-places-body = قد تشمل رعايتك زيارة طبيبك الرئيسي وأطباء آخرين يُسمّون الأخصائيين، وكذلك الذهاب إلى صيدلية، ومكان لإجراء الفحوصات، ومستشفى. هذه الأماكن لا تتواصل دائمًا مع بعضها.

explainer-team-title = خدمة CCM تربط هذه الأماكن بفريق رعاية واحد
explainer-team-body = مع إدارة الرعاية المزمنة (CCM)، يساعد فريق رعاية واحد على ربط النقاط ببعضها، أي ربط كل أجزاء رعايتك معًا. يتعرّف عليك أحد أعضاء الفريق. ويساعد الفريق أطباءك والصيدلية ومكان الفحوصات والمستشفى على العمل معًا.

explainer-plan-title = خطة رعاية يتم وضعها معك
explainer-plan-body = أنت وفريق رعايتك تضعون خطة معًا. تذكر الخطة مشاكلك الصحية، وأهدافك، وأدويتك، وأطباءك الآخرين. وتكون لك نسخة منها.

explainer-help-title = مساعدة بين الزيارات
explainer-help-body = لا حاجة إلى انتظار زيارتك القادمة. يمكنك التواصل مع فريق رعايتك في أي وقت، ليلًا أو نهارًا، للاحتياجات العاجلة.

explainer-medicines-title = مساعدة في الأدوية والإقامة في المستشفى
explainer-medicines-body = يراجع فريق رعايتك كل أدويتك معك، حتى تعمل جيدًا معًا. بعد الإقامة في المستشفى أو غرفة الطوارئ أو دار رعاية المسنين، يساعدك الفريق فيما يأتي بعد ذلك. ويمكنه أيضًا أن يوصلك بمن يساعدك في منزلك وفي منطقتك.

explainer-cost-title = من يمكنه الحصول على خدمة CCM، وكم تكلّف
explainer-cost-body = خدمة CCM من خدمات الجزء B من Medicare. وهي للأشخاص الذين لديهم حالتان صحيتان مزمنتان أو أكثر قد تجعل صحتهم أسوأ بكثير. وتغطي خطط Medicare Advantage هذه الخدمة أيضًا.
explainer-cost-share = يكون عليك عادةً دفع 20% من التكلفة، بعد دفع المبلغ المقتطع السنوي للجزء B. قد تدفع خطة Medigap أو برنامج Medicaid جزءًا من حصتك أو كلها.
explainer-cost-consent = يجب أن يطلب مقدم الرعاية الصحية الخاص بك موافقتك أولًا. يمكنك التوقف في أي وقت.

explainer-next-title = خطوتك التالية
explainer-next-body = يُرجى الإجابة عن بضعة أسئلة قصيرة. بعدها يظهر لك إن كانت إجاباتك تتطابق مع القواعد الأساسية لبرنامج Medicare لخدمة CCM، وما الأسئلة التي يمكن طرحها. مقدم الرعاية الصحية الخاص بك هو وحده من يمكنه أن يقرر إن كانت خدمة CCM مناسبة لك.

## Kiosk: a shared tablet in a waiting room, one patient after another.

kiosk-touch-to-start = للبدء، يُرجى لمس الشاشة
kiosk-choose-language = اختيار اللغة
kiosk-done = انتهيت
kiosk-larger-text = تكبير النص
idle-title = هل ما زلت هنا؟
# $seconds counts down to 0, once a second.
idle-body = { $seconds ->
    [zero] لحماية خصوصية إجاباتك، ستُمسح هذه الشاشة الآن.
    [one] لحماية خصوصية إجاباتك، ستُمسح هذه الشاشة بعد ثانية واحدة.
    [two] لحماية خصوصية إجاباتك، ستُمسح هذه الشاشة بعد ثانيتين.
    [few] لحماية خصوصية إجاباتك، ستُمسح هذه الشاشة بعد { $seconds } ثوانٍ.
    [many] لحماية خصوصية إجاباتك، ستُمسح هذه الشاشة بعد { $seconds } ثانية.
   *[other] لحماية خصوصية إجاباتك، ستُمسح هذه الشاشة بعد { $seconds } ثانية.
}
idle-continue = ما زلت هنا

## Kiosk: QR codes to take things home on a phone, and the page a result's
## QR code opens. The QR code holds only the result and the language.

qr-link = لفتح هذا الرابط، يُرجى مسح الرمز بكاميرا هاتفك.
qr-result-title = يمكنك أخذ هذه النتيجة معك
qr-result = لعرض هذه النتيجة على هاتفك، يُرجى مسح الرمز بكاميرا الهاتف. لا يحتوي الرمز على إجاباتك.
# The accessible name of a QR code picture. $address is a web address.
qr-label = رمز QR للعنوان { $address }
shared-caption = نتيجتك من الجهاز اللوحي
shared-note = تعرض هذه الصفحة نتيجة التحقق الذي أجريته. لم يتم حفظ إجاباتك أو إرسالها.
shared-take-check = إجراء التحقق مرة أخرى

## Connected Care widget: español (Estados Unidos).
## Palabras sencillas, nivel de lectura de 6.º grado. Términos de es.medicare.gov.
## Nunca decir "usted califica". Siempre que se mencione ayuda 24/7, añadir la línea del 911.

widget-label = Verificación de la administración de la atención crónica
close = Cerrar

## Language menu

language-label = Idioma
language-apply = Cambiar idioma
listen = Escuchar
language-load-failed = Lo sentimos, no pudimos cargar ese idioma. La verificación se muestra en inglés.
widget-broken = Lo sentimos, esta herramienta dejó de funcionar. Puede leer sobre la administración de la atención crónica aquí:
try-again = Intentar de nuevo

## Start screen

start-title = ¿Le podría ayudar la administración de la atención crónica?
start-what = La administración de la atención crónica (CCM, por sus siglas en inglés) es un servicio de Medicare. Es para personas con dos o más afecciones de salud a largo plazo. Un equipo de atención le ayuda entre sus citas.
start-how = Responda unas 6 preguntas cortas. Le diremos si sus respuestas coinciden con las reglas básicas de Medicare para la CCM, y qué preguntarle a su proveedor.
start-privacy = Sus respuestas se quedan en esta pantalla. No se guarda ni se envía nada.
start-button = Comenzar

## Moving between screens

progress = Pregunta { $current } de { $total }
back = Atrás
continue = Continuar
error-summary-title = Hay un problema
error-prefix = Error:
error-choose-one = Elija una respuesta. Si no sabe, elija “No sé”.
error-choose-conditions = Elija sus afecciones, o elija “Ninguna de estas” o “No sé”.

## Questions

question-medicare = ¿Tiene Medicare?
question-medicare-hint = Un plan Medicare Advantage cuenta como Medicare.
question-part-b = ¿Qué tipo de Medicare tiene?
question-part-b-hint = Mire su tarjeta de Medicare roja, blanca y azul. Si dice “MEDICAL (PART B)” con una fecha de inicio, usted tiene la Parte B.
question-medicaid = ¿También tiene Medicaid, o ayuda de su estado para pagar los costos de Medicare?
question-medicaid-hint = Esto puede cambiar lo que usted paga.
question-conditions = ¿De qué afecciones a largo plazo le ha hablado un médico o una enfermera?
question-conditions-hint = Una afección a largo plazo (crónica) es un problema de salud que dura un año o más, o toda la vida. Elija todas las que tenga.
question-lasting = ¿Se espera que estas afecciones duren por lo menos un año, o el resto de su vida?
question-lasting-hint = Piense en lo que le ha dicho su médico o enfermera.
question-risk = ¿Le ha dicho un médico o una enfermera que estas afecciones podrían empeorar mucho su salud, hacer más difíciles sus tareas diarias o poner su vida en riesgo?
question-risk-hint = Si nadie ha hablado con usted sobre esto, elija “No sé”.

## Answers

answer-yes = Sí
answer-no = No
answer-not-sure = No sé
answer-part-b-medical = Parte B (seguro médico)
answer-only-part-a = Solo la Parte A (seguro de hospital)
answer-advantage = Un plan Medicare Advantage
answer-no-conditions = Ninguna de estas
answer-or = o

condition-arthritis = Artritis
condition-asthma = Asma
condition-atrial-fibrillation = Fibrilación auricular (AFib)
condition-autism = Autismo
condition-cancer = Cáncer
condition-copd = EPOC (una enfermedad de los pulmones a largo plazo)
condition-dementia = Demencia
condition-depression = Depresión
condition-diabetes = Diabetes
condition-heart-disease = Enfermedad del corazón o insuficiencia cardíaca
condition-high-blood-pressure = Presión arterial alta
condition-hiv = VIH
condition-osteoporosis = Osteoporosis (huesos débiles)
condition-kidney-disease = Enfermedad de los riñones
condition-other = Otra afección a largo plazo

## Check your answers

check-title = Revise sus respuestas
check-intro = Puede cambiar una respuesta antes de ver su resultado.
change = Cambiar
# El nombre del botón para lectores de pantalla. Debe empezar con "Cambiar".
change-label = Cambiar su respuesta a la pregunta: { $question }
check-submit = Ver mi resultado
# $count es cuántas afecciones se marcaron en la lista.
conditions-chosen = { $count ->
    [one] Eligió { $count } afección:
    [many] Eligió { $count } afecciones:
   *[other] Eligió { $count } afecciones:
}

## Result

result-caption = Su resultado

outcome-likely-title = Sus respuestas coinciden con las reglas básicas de Medicare para la CCM
outcome-likely-body = La CCM podría ser buena para usted. Pregúntele a su proveedor sobre este servicio.
outcome-possibly-title = Es posible que la CCM sea buena para usted
outcome-possibly-body = Tuvo dudas con algunas respuestas. No hay problema. Su proveedor le puede ayudar a averiguarlo.
outcome-maybe-pcm-title = Pregunte por la administración de la atención principal
outcome-maybe-pcm-body = La CCM es para personas con dos o más afecciones a largo plazo. Para una sola afección grave a largo plazo, Medicare tiene un servicio llamado administración de la atención principal (PCM, por sus siglas en inglés). Le da un plan de atención para esa afección.
outcome-check-coverage-title = Primero, averigüe qué tipo de Medicare tiene
outcome-check-coverage-body = La Parte B de Medicare paga la CCM. Mire su tarjeta de Medicare roja, blanca y azul. Si dice “MEDICAL (PART B)” con una fecha de inicio, usted tiene la Parte B. También puede llamar al 1‑800‑MEDICARE.
outcome-part-a-only-title = La Parte B de Medicare paga la CCM
outcome-part-a-only-body = Si solo tiene la Parte A, Medicare no paga la CCM. Llame al 1‑800‑MEDICARE para saber más sobre la Parte B y cómo obtenerla.
outcome-not-medicare-title = La CCM es un servicio de Medicare
outcome-not-medicare-body = Si no tiene Medicare, no puede recibir la CCM a través de Medicare. Pregunte a su propio seguro de salud si ofrece ayuda para manejar su atención entre citas.
outcome-other-options-title = Sus respuestas no coinciden con las reglas básicas para la CCM
outcome-other-options-body = Su proveedor puede verlo de otra manera, así que igual puede preguntarle. Otros servicios de Medicare le pueden ayudar.

other-services-title = Otros servicios por los que puede preguntar
other-service-transitional-care = Administración de la atención de transición: ayuda en los 30 días después de salir de un hospital o de un hogar de ancianos.
other-service-remote-monitoring = Monitoreo remoto de pacientes: un aparato en su casa envía sus medidas, como la presión arterial, a su proveedor.
other-service-behavioral-health = Integración de la salud conductual: su proveedor principal trabaja con expertos en salud mental.
other-service-advanced-primary-care = Administración avanzada de la atención primaria: un servicio más nuevo de Medicare, desde 2025.

ccm-gives-title = Lo que la CCM le puede dar
ccm-gives-team = Un miembro del equipo de atención que lo conoce a usted y conoce su salud.
ccm-gives-plan = Un plan de atención hecho con usted. Usted recibe una copia.
ccm-gives-medicines = Ayuda con sus medicamentos.
ccm-gives-connect = Sus médicos, especialistas, farmacia, pruebas y hospital trabajando juntos.
ccm-gives-transitions = Ayuda después de una estadía en un hospital, una sala de emergencias o un hogar de ancianos.
ccm-gives-urgent = Una manera de comunicarse con su equipo de atención las 24 horas del día, los 7 días de la semana, para necesidades urgentes.
emergency-911 = En una emergencia, llame al 911.

result-why-title = Por qué ve este resultado
reason-medicare-yes = Usted dijo que tiene Medicare.
reason-medicare-no = Usted dijo que no tiene Medicare.
reason-medicare-not-sure = Usted dijo que no sabe si tiene Medicare.
reason-part-b-part-b-medical = Usted dijo que tiene la Parte B (seguro médico).
reason-part-b-advantage = Usted dijo que tiene un plan Medicare Advantage. Estos planes deben cubrir lo que cubre la Parte B.
reason-part-b-only-part-a = Usted dijo que solo tiene la Parte A (seguro de hospital).
reason-part-b-not-sure = Usted dijo que no sabe qué tipo de Medicare tiene.
reason-conditions-no-conditions = Usted dijo que ningún médico ni enfermera le ha hablado de una afección a largo plazo.
reason-conditions-one-condition = Usted eligió una afección a largo plazo.
reason-conditions-two-or-more-conditions = Usted eligió dos o más afecciones a largo plazo.
reason-conditions-not-sure = Usted dijo que no sabe qué afecciones a largo plazo tiene.
reason-lasting-yes = Usted dijo que se espera que duren un año o más, o toda la vida.
reason-lasting-no = Usted dijo que no se espera que duren un año o más.
reason-lasting-not-sure = Usted dijo que no sabe cuánto tiempo van a durar.
reason-risk-yes = Usted dijo que podrían empeorar mucho su salud, hacer más difíciles sus tareas diarias o poner su vida en riesgo.
reason-risk-no = Usted dijo que nadie le ha dicho que sean un riesgo grave para usted.
reason-risk-not-sure = Usted dijo que no sabe qué tanto riesgo representan.

result-notes-title = Información útil
note-cost-original-medicare = Costo: después de pagar su deducible anual de la Parte B, por lo general usted paga el 20% del costo. Esto se llama coseguro. Un plan Medigap (Seguro Suplementario a Medicare) puede pagar una parte o todo lo que le toca pagar a usted.
note-cost-advantage-plan = Costo: los planes Medicare Advantage deben cubrir la CCM, pero lo que usted paga y los proveedores que puede usar pueden ser diferentes. Llame a su plan para preguntar.
note-cost-medicaid = La mayoría de las personas que tienen Medicare y Medicaid no pagan nada por la CCM. Si está en el programa de Beneficiario Calificado de Medicare (QMB, por sus siglas en inglés), los proveedores no deben cobrarle los deducibles ni el coseguro de Medicare.
note-asks-first = Su proveedor debe pedirle permiso antes de comenzar la CCM. Puede decir que sí en voz alta o por escrito. Puede dejar el servicio en cualquier momento.
note-visit-first = Si es su primera vez con ese proveedor, o si no lo ha visto en el último año, es posible que primero necesite una cita en el consultorio.
note-one-provider-a-month = Solo un proveedor le puede dar la CCM cada mes.

result-ask-title = Preguntas que puede hacer
ask-do-i-qualify = ¿Es la CCM adecuada para mí? ¿Por qué sí o por qué no?
ask-who-is-my-team = ¿Con quién de mi equipo de atención voy a trabajar? ¿Cómo me comunico con ellos de noche o los fines de semana?
ask-care-plan-copy = ¿Voy a recibir una copia de mi plan de atención?
ask-what-will-i-pay = ¿Cuánto voy a pagar cada mes? ¿Mi otro seguro va a pagar mi parte?
ask-visit-first = ¿Necesito una cita primero?
ask-how-to-stop = ¿Cómo dejo el servicio si quiero?
ask-principal-care-fit = ¿Me podría ayudar con mi afección la administración de la atención principal?
ask-other-services = ¿Hay otros servicios que me podrían ayudar?
ask-which-medicare = ¿Qué partes de Medicare tengo?
ask-how-to-get-part-b = ¿Cómo puedo obtener la Parte B de Medicare?
ask-insurer-coordination = ¿Mi plan ayuda a las personas con afecciones a largo plazo a manejar su atención?

result-provider-decides = Solo su proveedor de atención médica puede decidir si la CCM es adecuada para usted.
result-contact = Para recibir ayuda con la CCM, comuníquese con:
result-helpline = ¿Tiene preguntas sobre Medicare? Llame al 1‑800‑MEDICARE (1‑800‑633‑4227). TTY: 1‑877‑486‑2048.
result-learn-more = Obtenga más información sobre la CCM:
result-learn-more-link = go.cms.gov/CCM
result-print = Imprimir o guardar
start-over = Volver a empezar

## "Uniendo los puntos": una explicación corta de lo que hace la CCM, paso a paso.
## El dibujo al lado de cada paso es decorativo: el texto de cada paso lo dice todo.

explainer-open = ¿Qué es la CCM?
explainer-caption = Uniendo los puntos
explainer-progress = Paso { $current } de { $total }
explainer-last-step = Este es el último paso.
explainer-previous = Anterior
explainer-next = Siguiente
explainer-start-check = Comenzar la verificación
explainer-back-to-result = Volver a su resultado

# Etiquetas en el dibujo. Cada una debe ser corta: una o dos palabras.
place-you = Usted
place-care-team = Equipo
place-two-or-more = 2+
place-main-doctor = Médico principal
place-specialists = Especialistas
place-pharmacy = Farmacia
place-testing-center = Pruebas
place-hospital = Hospital

explainer-common-title = Muchas personas tienen más de un problema de salud
explainer-common-body = Una afección de salud a largo plazo (crónica) dura un año o más, o toda la vida. La diabetes y la presión arterial alta son dos de ellas. Alrededor de 2 de cada 3 personas con Medicare tienen dos o más.

explainer-places-title = Es posible que reciba atención en muchos lugares
explainer-places-body = Es posible que vea a su médico principal y a otros médicos, llamados especialistas. También es posible que vaya a una farmacia, a un lugar para hacerse pruebas y a un hospital. Estos lugares no siempre se comunican entre sí.

explainer-team-title = La CCM los une con un solo equipo de atención
explainer-team-body = Con la administración de la atención crónica (CCM, por sus siglas en inglés), un solo equipo de atención ayuda a unir los puntos. Una persona del equipo llega a conocerlo a usted. Esa persona ayuda a que sus médicos, farmacia, pruebas y hospital trabajen juntos.

explainer-plan-title = Un plan de atención hecho con usted
explainer-plan-body = Usted y su equipo de atención hacen un plan juntos. El plan incluye sus problemas de salud, sus metas, sus medicamentos y sus otros médicos. Usted recibe una copia.

explainer-help-title = Ayuda entre citas
explainer-help-body = No tiene que esperar a su próxima cita. Puede comunicarse con su equipo de atención en cualquier momento, de día o de noche, para necesidades urgentes.

explainer-medicines-title = Ayuda con sus medicamentos y estadías en el hospital
explainer-medicines-body = Su equipo de atención revisa con usted todos sus medicamentos, para que funcionen bien juntos. Después de una estadía en un hospital, una sala de emergencias o un hogar de ancianos, el equipo le ayuda con lo que sigue. También lo puede conectar con ayuda en su casa y en su comunidad.

explainer-cost-title = Quién puede recibir la CCM y cuánto cuesta
explainer-cost-body = La CCM es un servicio de la Parte B de Medicare. Es para personas con dos o más afecciones de salud a largo plazo que podrían empeorar mucho su salud. Los planes Medicare Advantage también la cubren.
explainer-cost-share = Por lo general, usted paga el 20% del costo, después de pagar su deducible anual de la Parte B. Un plan Medigap (Seguro Suplementario a Medicare) o Medicaid pueden pagar una parte o todo lo que le toca pagar a usted.
explainer-cost-consent = Su proveedor debe pedirle permiso primero. Puede dejar el servicio en cualquier momento.

explainer-next-title = Su próximo paso
explainer-next-body = Responda unas pocas preguntas cortas. Verá si sus respuestas coinciden con las reglas básicas de Medicare para la CCM, y qué puede preguntar. Solo su proveedor puede decidir si la CCM es adecuada para usted.

## Quiosco: una tableta compartida en una sala de espera, un paciente tras otro.

kiosk-touch-to-start = Toque para comenzar
kiosk-choose-language = Elija su idioma
kiosk-done = Ya terminé
kiosk-larger-text = Letra más grande
idle-title = ¿Sigue ahí?
# $seconds cuenta hacia atrás hasta 0, una vez por segundo.
idle-body = { $seconds ->
    [one] Para mantener sus respuestas en privado, esta pantalla se borrará en { $seconds } segundo.
    [many] Para mantener sus respuestas en privado, esta pantalla se borrará en { $seconds } segundos.
   *[other] Para mantener sus respuestas en privado, esta pantalla se borrará en { $seconds } segundos.
}
idle-continue = Sigo aquí

## Quiosco: códigos QR para llevarse cosas a casa en un teléfono, y la página que abre
## el código QR de un resultado. El código QR solo contiene el resultado y el idioma.

qr-link = Escanee con la cámara de su teléfono para abrir este enlace.
qr-result-title = Llévese este resultado
qr-result = Escanee con la cámara de su teléfono para ver este resultado en su teléfono. Sus respuestas no están incluidas.
# El nombre accesible de la imagen de un código QR. $address es una dirección web.
qr-label = Código QR para { $address }
shared-caption = Su resultado de la tableta
shared-note = Esta página muestra el resultado de la verificación que hizo. Sus respuestas no se guardaron ni se enviaron.
shared-take-check = Hacer la verificación otra vez

// The page's script: asks the local daihoi server, shows the answers. No library, no internet.
"use strict";

const $ = (id) => document.getElementById(id);

// The address opened holds the page's token; the cookie carries it now, so it leaves the address
// bar (and the history) at once.
if (new URLSearchParams(window.location.search).has("token")) {
  window.history.replaceState(null, "", window.location.pathname);
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href, text, className) {
  const node = element("a", text, className);
  node.href = href;
  return node;
}

function fileUrl(prefix, parts) {
  return prefix + parts.map(encodeURIComponent).join("/");
}

let messageTimer;
function say(text, happy) {
  const box = $("thong-bao");
  box.textContent = text;
  box.className = happy ? "vui" : "";
  box.hidden = false;
  clearTimeout(messageTimer);
  messageTimer = setTimeout(() => { box.hidden = true; }, happy ? 8000 : 15000);
}
$("thong-bao").addEventListener("click", () => { $("thong-bao").hidden = true; });

async function ask(url, body) {
  const options = body === undefined ? {} : { method: "POST" };
  if (body instanceof FormData) options.body = body;
  else if (body !== undefined) {
    options.body = JSON.stringify(body);
    options.headers = { "Content-Type": "application/json" };
  }
  let answer;
  try {
    answer = await fetch(url, options);
  } catch (error) {
    throw new Error("Không kết nối được với chương trình daihoi. Cửa sổ daihoi có còn mở không?");
  }
  const data = await answer.json().catch(() => ({}));
  if (!answer.ok) throw new Error(data.error || "Có lỗi (mã " + answer.status + ").");
  return data;
}

async function attempt(action) {
  try {
    await action();
  } catch (error) {
    say(error.message);
  }
}

// Step 1: choosing the workbook -------------------------------------------------------------

function upload(file) {
  if (!file.name.toLowerCase().endsWith(".xlsx")) {
    say('Tệp "' + file.name + '" không phải tệp Excel .xlsx. Nếu là tệp .xls cũ, hãy mở bằng Excel và lưu lại dạng .xlsx.');
    return;
  }
  const form = new FormData();
  form.append("tep", file);
  attempt(async () => showFindings(await ask("/api/tai-len", form)));
}

$("chon-tep").addEventListener("change", (event) => {
  if (event.target.files.length) upload(event.target.files[0]);
  event.target.value = "";
});
const dropZone = $("vung-tha");
for (const name of ["dragenter", "dragover"]) {
  dropZone.addEventListener(name, (event) => {
    event.preventDefault();
    dropZone.classList.add("dang-tha");
  });
}
dropZone.addEventListener("dragleave", () => dropZone.classList.remove("dang-tha"));
dropZone.addEventListener("drop", (event) => {
  event.preventDefault();
  dropZone.classList.remove("dang-tha");
  if (event.dataTransfer.files.length) upload(event.dataTransfer.files[0]);
});
$("dung-tep-mau").addEventListener("click", () =>
  attempt(async () => showFindings(await ask("/api/tep-mau", {}))));
$("form-duong-dan").addEventListener("submit", (event) => {
  event.preventDefault();
  attempt(async () => showFindings(await ask("/api/mo-duong-dan", { duong_dan: $("duong-dan").value })));
});

// Step 2: the findings -----------------------------------------------------------------------

function showFindings(data) {
  $("dang-dung").hidden = false;
  $("dang-dung").textContent = "Đang dùng tệp: " + data.workbook + " — hồ sơ sẽ ghi vào thư mục: " + data.outdir;
  $("buoc-kiem-tra").hidden = false;
  $("buoc-tao").hidden = false;
  $("ket-qua").hidden = true;
  $("tien-do").hidden = true;
  const summary = $("tom-tat-kiem-tra");
  summary.textContent = data.cells + " chi bộ, " + data.errors + " lỗi, " + data.warnings + " cảnh báo. " +
    (data.errors ? "Chi bộ còn lỗi sẽ không được tạo hồ sơ: hãy sửa trong tệp Excel rồi bấm Kiểm tra lại."
      : "Không có lỗi: có thể tạo hồ sơ.");
  summary.className = "tom-tat " + (data.errors ? "xau" : "tot");
  $("bo-quy-dinh").textContent = data.headline + " Các giá trị và nguồn: xem bảng ở cuối trang.";
  $("ban-sua-ma").hidden = !data.legacy;
  $("ban-danh-dau").hidden = !data.groups.length;
  const table = $("bang-phat-hien");
  table.hidden = !data.groups.length;
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const group of data.groups) {
    const heading = element("tr", undefined, "nhom");
    const cell = element("td", group.code ? group.name + " (" + group.code + ")" : group.name);
    cell.colSpan = 6;
    heading.append(cell);
    body.append(heading);
    for (const finding of group.findings) {
      const row = element("tr");
      const level = element("td");
      level.append(element("span", finding.error ? "Lỗi" : "Cảnh báo", "muc " + (finding.error ? "loi" : "canh-bao")));
      row.append(level, element("td", finding.sheet), element("td", String(finding.row)),
        element("td", finding.column), element("td", finding.message), element("td", finding.advice));
      body.append(row);
    }
  }
  loadRules();
}

$("kiem-tra-lai").addEventListener("click", () =>
  attempt(async () => showFindings(await ask("/api/kiem-tra", {}))));

function copyButton(id, kind) {
  $(id).addEventListener("click", () => attempt(async () => {
    const data = await ask("/api/ban-sao", { loai: kind });
    say(data.lines.join("\n"), true);
    window.location.href = fileUrl("/tai/", [data.file]);
  }));
}
copyButton("ban-danh-dau", "danh-dau");
copyButton("ban-sua-ma", "sua-ma");

// Step 3: the build --------------------------------------------------------------------------

$("tao-mau").addEventListener("click", () => attempt(async () => {
  const data = await ask("/api/mau", {});
  $("thu-muc-mau").value = data.folder;
  $("co-mau").checked = true;
  say("Đã chép " + data.written + " mẫu gốc vào thư mục " + data.folder +
    (data.kept ? " (giữ nguyên " + data.kept + " tệp đã có)" : "") +
    '. Sửa mẫu bằng Word (đọc tệp "Đọc trước.txt"), rồi bấm Tạo hồ sơ.', true);
}));

$("tao-ho-so").addEventListener("click", () => attempt(async () => {
  const wanted = { pdf: $("co-pdf").checked, mau: $("co-mau").checked ? $("thu-muc-mau").value : "" };
  const { job } = await ask("/api/tao-ho-so", wanted);
  $("tao-ho-so").disabled = true;
  $("ket-qua").hidden = true;
  $("tien-do").hidden = false;
  $("tung-chi-bo").replaceChildren();
  $("thanh-chay").style.width = "0";
  $("chu-tien-do").textContent = "Đang đọc và kiểm tra tệp…";
  $("tien-do").scrollIntoView({ block: "center" });
  follow(job);
}));

function follow(job) {
  attempt(async () => {
    let data;
    try {
      data = await ask("/api/tao-ho-so/" + job);
    } catch (error) {
      $("tao-ho-so").disabled = false;
      throw error;
    }
    const list = $("tung-chi-bo");
    for (const cell of data.cells.slice(list.children.length)) {
      const text = cell.code + " " + cell.name + ": " + (cell.built
        ? cell.documents + " văn bản" + (cell.warnings.length ? ", " + cell.warnings.length + " cảnh báo" : "")
        : "bỏ qua vì còn lỗi");
      list.append(element("li", text, cell.built ? "" : "xau"));
      list.scrollTop = list.scrollHeight;
    }
    if (data.total) {
      $("thanh-chay").style.width = (100 * data.cells.length / data.total) + "%";
      $("chu-tien-do").textContent = "Đã xong " + data.cells.length + " / " + data.total + " chi bộ";
    }
    if (!data.finished) {
      setTimeout(() => follow(job), 300);
      return;
    }
    $("tao-ho-so").disabled = false;
    if (data.error) {
      $("chu-tien-do").textContent = "Chưa tạo được hồ sơ.";
      throw new Error(data.error);
    }
    $("thanh-chay").style.width = "100%";
    $("chu-tien-do").textContent = "Hoàn tất: " + data.cells.length + " / " + data.total + " chi bộ.";
    showBuilt(data.result);
    $("tien-do").scrollIntoView({ block: "start" });
  });
}

function showBuilt(result) {
  $("ket-qua").hidden = false;
  const built = result.cells.length;
  const summary = $("tom-tat-ket-qua");
  summary.textContent = "Xong: " + built + " chi bộ đã có hồ sơ" +
    (result.skipped.length ? ", " + result.skipped.length + " chi bộ bị bỏ qua vì còn lỗi" : "") + ".";
  summary.className = "tom-tat " + (result.skipped.length || result.failures.length ? "xau" : "tot");
  $("thu-muc-ho-so").textContent = result.outdir;
  $("tai-tong-hop").hidden = !result.rollup;
  if (result.rollup) $("tai-tong-hop").href = fileUrl("/tai/", [result.rollup]);
  const notes = $("ghi-chu-tao");
  notes.replaceChildren();
  for (const line of [...result.failures, ...result.notes, ...result.pdf]) {
    if (line.trim()) notes.append(element("li", line.trim()));
  }
  for (const cell of result.skipped) {
    notes.append(element("li", cell.code + " " + cell.name + ": " + cell.errors +
      " lỗi, chưa tạo hồ sơ. Sửa theo bảng kiểm tra ở trên rồi tạo lại.", "xau"));
  }
  const cells = $("cac-chi-bo");
  cells.replaceChildren();
  for (const cell of result.cells) {
    const box = element("div", undefined, "chi-bo");
    const title = element("h3", cell.name + " (" + cell.code + ") — " + cell.files.length + " tệp ");
    title.append(link(fileUrl("/zip/", [cell.folder]), "Tải cả thư mục (.zip)", "nut nho chinh"));
    box.append(title);
    const files = element("ul");
    for (const name of cell.files) {
      const item = element("li");
      item.append(link(fileUrl("/tai/", [cell.folder, name]), name));
      files.append(item);
    }
    const more = element("details");
    more.append(element("summary", "Các văn bản của chi bộ"), files);
    box.append(more);
    if (cell.warnings.length) {
      const warnings = element("ul");
      for (const text of cell.warnings) warnings.append(element("li", text));
      const shown = element("details");
      shown.append(element("summary", cell.warnings.length + " cảnh báo"), warnings);
      box.append(shown);
    }
    cells.append(box);
  }
}

$("mo-thu-muc").addEventListener("click", () =>
  attempt(async () => { await ask("/api/mo-thu-muc", {}); }));

// The rules profile --------------------------------------------------------------------------

async function loadRules() {
  const data = await ask("/api/quy-dinh");
  $("ten-quy-dinh").textContent = 'Bộ quy định "' + data.name + '". ' + data.about;
  const body = $("bang-quy-dinh").tBodies[0];
  body.replaceChildren();
  for (const rule of data.rules) {
    const row = element("tr");
    row.append(element("td", rule.key), element("td", rule.value + (rule.changed ? " (sửa ở sheet Cấu hình)" : "")),
      element("td", rule.meaning), element("td", rule.source));
    body.append(row);
  }
}

attempt(async () => {
  const state = await ask("/api/trang-thai");
  $("co-pdf").disabled = !state.pdf;
  $("khong-pdf").hidden = state.pdf;
  await loadRules();
});

#include "judge/report/report.hpp"

namespace judge::report {

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::AC: return "AC";
    case Verdict::WA: return "WA";
    case Verdict::TLE: return "TLE";
    case Verdict::MLE: return "MLE";
    case Verdict::RE: return "RE";
    case Verdict::OLE: return "OLE";
    case Verdict::CE: return "CE";
    case Verdict::RV: return "RV";
    case Verdict::IE: return "IE";
  }
  return "IE";
}

std::string_view describe(Verdict verdict) {
  switch (verdict) {
    case Verdict::AC: return "Accepted";
    case Verdict::WA: return "Wrong Answer";
    case Verdict::TLE: return "Time Limit Exceeded";
    case Verdict::MLE: return "Memory Limit Exceeded";
    case Verdict::RE: return "Runtime Error";
    case Verdict::OLE: return "Output Limit Exceeded";
    case Verdict::CE: return "Compile Error";
    case Verdict::RV: return "Rule Violation";
    case Verdict::IE: return "Internal Error";
  }
  return "Internal Error";
}

}  // namespace judge::report
